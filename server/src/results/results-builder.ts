import {
  isPersonaEmpty,
  isShipOpen,
  readInsights,
  readPersona,
  boardNotes,
  readGroups,
  readNotes,
  readShips,
  takenForward,
  voteCountsByItem,
  type ResultBoard,
  withoutBlankEntries,
  type Question,
  type ResultPersona,
  type ResultQuestion,
  type ResultRoomInsights,
  type ResultShip,
  type ResultVote,
  type VoteItemKind,
  type WorkshopDefinition,
  type WorkshopResults,
  type Group,
  type Insight,
  type Note,
  type Persona,
  type Ship,
} from '@mutopia/shared';
import type * as Y from 'yjs';

/** What the results take from one board: read once per revision of the board (see board-content-cache.ts). */
export interface BoardContent {
  notes: Note[];
  groups: Group[];
  insights: Insight[];
  ships: Ship[];
  persona: Persona;
}

export function readBoardContent(doc: Y.Doc): BoardContent {
  return {
    notes: readNotes(doc),
    groups: readGroups(doc),
    insights: readInsights(doc),
    ships: readShips(doc),
    persona: readPersona(doc),
  };
}

/** A revealed vote as the votes store hands it out: tallies only, never who voted. */
export interface RevealedVoteSource {
  id: string;
  title: string;
  stationId: string | null;
  budget: number;
  items: Array<{ id: string; kind: VoteItemKind; label: string; count: number }>;
  promoted: string[];
}

/** Where the results come from; the plugin wires these to the stores and the board host. */
export interface ResultSources {
  definition(workshopId: string): Promise<WorkshopDefinition | undefined>;
  stationBoards(workshopId: string): Promise<Record<string, string>>;
  /** The content of each of these boards (a board that does not exist is left out). */
  boardContents(boardIds: readonly string[]): Promise<Map<string, BoardContent>>;
  questions(workshopId: string): Promise<Question[]>;
  revealedVotes(workshopId: string): Promise<RevealedVoteSource[]>;
}

/** Reads every station's board once and puts the results together; undefined for an unknown workshop. */
export async function buildResults(sources: ResultSources, workshopId: string): Promise<WorkshopResults | undefined> {
  const definition = await sources.definition(workshopId);
  if (!definition) return undefined;
  const boards = await sources.stationBoards(workshopId);
  const teams = new Map(definition.teams.map((t) => [t.id, t]));
  const stations = new Map(definition.stations.map((s) => [s.id, s]));
  const stationName = (id: string | null | undefined) => (id ? (stations.get(id)?.name ?? '') : '');
  const perspectives = new Map(definition.perspectives.map((p) => [p.id, p.name]));
  const tiers = new Map(definition.budgetTiers.map((b) => [b.id, b.label]));

  const ships: ResultShip[] = [];
  const insights: ResultRoomInsights[] = [];
  const personas: ResultPersona[] = [];
  const notes: ResultBoard[] = [];
  const revealed = await sources.revealedVotes(workshopId);
  const dots = voteCountsByItem(revealed);
  const teamOf = (id: string) => teams.get(id);
  const contents = await sources.boardContents(Object.values(boards));
  for (const station of definition.stations) {
    const boardId = boards[station.id];
    const content = boardId ? contents.get(boardId) : undefined;
    if (!content) continue;
    const roomInsights = content.insights.filter((i) => i.text.trim());
    if (roomInsights.length) {
      insights.push({ stationId: station.id, stationName: station.name, kind: station.kind, insights: roomInsights });
    }
    if (station.kind === 'harbour') {
      for (const ship of content.ships) {
        ships.push({
          ...ship,
          perspective: perspectives.get(ship.perspectiveId) ?? '',
          budget: tiers.get(ship.budgetTierId) ?? '',
          originStation: stationName(ship.originStationId),
          open: isShipOpen(ship),
        });
      }
    }
    const board = boardNotes(content, {
      stationId: station.id,
      stationName: station.name,
      kind: station.kind,
      team: teamOf,
      votes: dots,
    });
    if (board) notes.push(board);
    const team = station.teamId ? teams.get(station.teamId) : undefined;
    if (station.kind === 'teamSpace' && team) {
      // A pain point someone added and never wrote into is no result.
      const persona = withoutBlankEntries(content.persona);
      if (!isPersonaEmpty(persona)) {
        personas.push({
          teamId: team.id,
          teamName: team.name,
          teamColor: team.color,
          stationId: station.id,
          persona,
        });
      }
    }
  }
  const teamOrder = new Map(definition.teams.map((t, i) => [t.id, i]));
  personas.sort((a, b) => (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0));

  const wall = await sources.questions(workshopId);
  const questions: ResultQuestion[] = wall
    .map((q) => {
      const team = teams.get(q.teamId);
      return {
        id: q.id,
        text: q.text,
        teamId: q.teamId,
        teamName: team?.name ?? '',
        teamColor: team?.color ?? '#888888',
        themeId: q.themeId ?? '',
        themeName: stationName(q.themeId),
        promotedRank: q.promotedRank,
      };
    })
    .sort((a, b) => (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0));
  const promotedQuestions = questions
    .filter((q) => q.promotedRank !== null)
    .sort((a, b) => (a.promotedRank ?? 0) - (b.promotedRank ?? 0));

  const votes: ResultVote[] = revealed.map((vote) => ({
    id: vote.id,
    title: vote.title,
    stationId: vote.stationId ?? '',
    stationName: stationName(vote.stationId),
    budget: vote.budget,
    items: vote.items
      .map((item, order) => ({ item, order }))
      .sort((a, b) => b.item.count - a.item.count || a.order - b.order)
      .map(({ item }) => ({ id: item.id, kind: item.kind, label: item.label, count: item.count })),
    // The wall's current selection, not the vote's record: a question swapped out since is no longer marked.
    promoted: takenForward(vote, wall),
  }));

  return {
    workshop: {
      title: definition.title,
      date: definition.date ?? '',
      venue: definition.venue,
      guidingQuestion: definition.guidingQuestion,
      locale: definition.locale,
    },
    promotedQuestions,
    questions,
    ships,
    insights,
    votes,
    personas,
    stations: definition.stations.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    boards: notes,
  };
}
