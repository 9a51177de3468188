import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Target } from '../servers/types.js';
import { sleep } from '../util/time.js';
import { Editor, type EditorBehavior } from './behavior.js';
import { LatencyTracker, type LatencyReport } from './latency.js';
import { PresenceClient } from './presence-client.js';
import { Traffic } from './traffic.js';
import { YjsClient } from './yjs-client.js';

export interface BoardSpec {
  boardId: string;
  editors: number;
  watchers: number;
}

export interface AddBoardsRequest {
  target: Target;
  boards: BoardSpec[];
  /** Facilitators each watch an equal share of these boards (one Yjs socket per board, one socket.io session). */
  facilitators?: number;
  notesPerEditor: number;
  /** Open a socket.io presence session per person (Mutopia only). */
  presence: boolean;
  /** Sockets opened at once while connecting. */
  concurrency?: number;
}

export interface ConnectReport {
  clients: number;
  presenceSessions: number;
  connectWallMs: number;
  /** Connect-to-synced times of the clients just added, ms. */
  syncMs: number[];
}

export interface MeasureReport {
  latency: LatencyReport;
  wallMs: number;
  traffic: { msgsIn: number; bytesIn: number; msgsOut: number; bytesOut: number };
  /** The generator's own CPU over the window, in cores (1.0 = its core saturated). */
  generatorCpu: number;
  generatorLoopDelayP99Ms: number;
  clients: number;
  /** Clients whose socket the server closed (rate limit, overload) or that failed. */
  closedClients: number;
}

interface Board {
  clients: YjsClient[];
}

/** Every client the generator holds, the behaviours driving them and the counters they feed. */
export class Load {
  readonly tracker = new LatencyTracker();
  readonly traffic = new Traffic();
  private readonly boards = new Map<string, Board>();
  private readonly clients: YjsClient[] = [];
  private readonly editors: Editor[] = [];
  private readonly presence: PresenceClient[] = [];
  private nextIndex = 1;
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 5 });
  private closedLoop = false;

  constructor() {
    this.loopDelay.enable();
  }

  private newClient(target: Target, boardId: string): YjsClient {
    let board = this.boards.get(boardId);
    if (!board) {
      board = { clients: [] };
      this.boards.set(boardId, board);
    }
    const client = new YjsClient({
      target,
      boardId,
      index: this.nextIndex++,
      traffic: this.traffic,
      tracker: this.tracker,
    });
    client.board = board;
    board.clients.push(client);
    this.clients.push(client);
    return client;
  }

  async addBoards(request: AddBoardsRequest): Promise<ConnectReport> {
    const started = performance.now();
    const added: YjsClient[] = [];
    const people: string[][] = [];
    const newEditors: Editor[] = [];
    for (const spec of request.boards) {
      for (let i = 0; i < spec.editors; i++) {
        const client = this.newClient(request.target, spec.boardId);
        newEditors.push(new Editor(client, `e${client.options.index}`));
        added.push(client);
        people.push([spec.boardId]);
      }
      for (let i = 0; i < spec.watchers; i++) {
        added.push(this.newClient(request.target, spec.boardId));
        people.push([spec.boardId]);
      }
    }
    const facilitators = request.facilitators ?? 0;
    for (let f = 0; f < facilitators; f++) {
      const share = request.boards.filter((_, i) => i % facilitators === f).map((b) => b.boardId);
      for (const boardId of share) added.push(this.newClient(request.target, boardId));
      people.push(share);
    }

    const concurrency = request.concurrency ?? 32;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < added.length) await added[next++]!.connect();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, added.length) }, worker));

    if (request.presence && request.target.socketIo) {
      next = 0;
      const sessions = people.map(() => new PresenceClient(request.target.httpUrl, this.traffic));
      this.presence.push(...sessions);
      const presenceWorker = async (): Promise<void> => {
        while (next < sessions.length) {
          const i = next++;
          await sessions[i]!.connect(people[i]!);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, sessions.length) }, presenceWorker));
    }

    for (const editor of newEditors) editor.seed(request.notesPerEditor);
    this.editors.push(...newEditors);
    // Let the seeded notes reach every peer before anything is measured.
    await sleep(Math.min(3000, 200 + added.length));
    return {
      clients: added.length,
      presenceSessions: request.presence && request.target.socketIo ? people.length : 0,
      connectWallMs: performance.now() - started,
      syncMs: added.map((c) => c.syncedAt - c.connectStartedAt),
    };
  }

  start(behavior: EditorBehavior): void {
    for (const editor of this.editors) editor.start(behavior);
  }

  /**
   * Closed loop (calibration): every editor edits, waits until all its peers
   * applied the edit, and edits again, at most once per `minIntervalMs`.
   */
  startClosedLoop(minIntervalMs: number): void {
    this.closedLoop = true;
    const bySender = new Map<number, { editor: Editor; lastAt: number }>();
    for (const editor of this.editors) bySender.set(editor.client.options.index, { editor, lastAt: 0 });
    const fire = (entry: { editor: Editor; lastAt: number }): void => {
      if (!this.closedLoop) return;
      entry.lastAt = performance.now();
      entry.editor.editOnce();
    };
    this.tracker.onComplete = (sender) => {
      const entry = bySender.get(sender);
      if (!entry) return;
      const wait = Math.max(0, minIntervalMs - (performance.now() - entry.lastAt));
      setTimeout(() => fire(entry), wait);
    };
    for (const entry of bySender.values()) setTimeout(() => fire(entry), Math.random() * minIntervalMs);
  }

  stop(): void {
    this.closedLoop = false;
    this.tracker.onComplete = undefined;
    for (const editor of this.editors) editor.stop();
  }

  async measure(durationMs: number, drainMs: number): Promise<MeasureReport> {
    this.traffic.reset();
    this.tracker.openWindow();
    this.loopDelay.reset();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(durationMs);
    this.tracker.closeWindow();
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const traffic = this.traffic.snapshot();
    const loopDelayP99 = Math.max(0, this.loopDelay.percentile(99) / 1e6 - 5);
    const drainUntil = performance.now() + drainMs;
    while (this.tracker.outstanding > 0 && performance.now() < drainUntil) await sleep(50);
    return {
      latency: this.tracker.report(),
      wallMs,
      traffic,
      generatorCpu: (cpu.user + cpu.system) / 1000 / wallMs,
      generatorLoopDelayP99Ms: Math.round(loopDelayP99 * 1000) / 1000,
      clients: this.clients.length,
      closedClients: this.clients.filter((c) => c.closed).length,
    };
  }

  /** Closes every client; `graceful` waits for the close handshakes (the server then unloads boards). */
  async closeAll(graceful = true): Promise<void> {
    this.stop();
    for (const session of this.presence) session.close();
    if (graceful) {
      for (let i = 0; i < this.clients.length; i += 200) {
        await Promise.all(this.clients.slice(i, i + 200).map((c) => c.closeGracefully()));
      }
    } else {
      for (const client of this.clients) client.close();
    }
    this.clients.length = 0;
    this.editors.length = 0;
    this.presence.length = 0;
    this.boards.clear();
    this.tracker.clear();
  }
}
