import { metaOf, readBoardTitle } from '@mutopia/shared';
import type { BoardStore } from '../persistence/board-store.js';
import type { LiveWorkshop } from '../workshops/workshop-sessions.js';
import type { BoardHost } from './board-host.js';

/**
 * A station's board carries the station's name as its title (the PNG export
 * and the board's own page show it). When the definition renames a station,
 * or a team and with it the team's space, the title follows.
 */
export async function syncStationTitles(workshop: LiveWorkshop, boards: BoardStore, host: BoardHost): Promise<void> {
  const boardIds = await boards.stationBoards(workshop.id);
  for (const station of workshop.definition.stations) {
    const boardId = boardIds[station.id];
    if (!boardId || (await boards.get(boardId))?.title === station.name) continue;
    await host.edit(boardId, (doc) => {
      if (readBoardTitle(doc) !== station.name) metaOf(doc).set('title', station.name);
    });
    await boards.rename(boardId, station.name);
  }
}
