import { API_PREFIX } from '@mutopia/shared/protocol';
import { BOARD_DELETE_KEY_HEADER } from '@mutopia/shared/rest';

/** DELETE /api/boards/:id with the creator's key; resolves when the board is gone (or was already). */
export async function deletePlainBoard(boardId: string, key: string): Promise<void> {
  const response = await fetch(`${API_PREFIX}/boards/${encodeURIComponent(boardId)}`, {
    method: 'DELETE',
    headers: { accept: 'application/json', [BOARD_DELETE_KEY_HEADER]: key },
  });
  if (!response.ok && response.status !== 404) throw new Error(`delete board: ${response.status}`);
}
