/** socket.io room that holds the sockets looking at one board. */
export function boardRoom(boardId: string): string {
  return `board:${boardId}`;
}
