import "server-only";
import { log } from "@/lib/log";
import { requireEnv } from "@/lib/env";
import type { LiveBoard } from "./board-types";
import { boardFrom, loadBoardDay, withVisits, type BoardDayRows } from "./get-live-board";
import { loadMeetingVisits } from "./load-board-rows";
import { boardDay, loadLiveSessionMeta, type LiveSessionMeta } from "./live-session";
import { roomActivity, type RoomActivityWatcher } from "./room-activity";

/** One organizer's open event stream. */
export type BoardViewer = {
  /** Queues bytes on the stream; false when the stream is gone or too far behind (the hub drops it). */
  send(bytes: Uint8Array): boolean;
};

export type HubOptions = {
  /** Changes within this window after the first are folded into one recomputation. */
  debounceMs: number;
  /** A recomputation at the latest this long after the last one while watched (meeting edits send no NOTIFY). */
  refreshMs: number;
  /** A session nobody watches any more keeps its board this long (a reconnect, or the page render before its stream). */
  lingerMs: number;
  heartbeatMs: number;
  clock: () => Date;
};

const defaults: HubOptions = {
  debounceMs: 250,
  refreshMs: 60_000,
  lingerMs: 15_000,
  heartbeatMs: 20_000,
  clock: () => new Date(),
};

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(": keep-alive\n\n");
// setTimeout's limit (~24.8 days); boundaries further away are re-planned by the refresh anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

type Current = { board: LiveBoard; key: string; event: Uint8Array };

/**
 * One session's board on this app instance, shared by every organizer watching it. It holds
 * the day's rows and rebuilds the board once per burst of changes: joins and leaves of its
 * open rooms (through the rooms' LISTEN connection, debounced) re-read only those rooms'
 * visits (one statement); the clock reaching the board's next boundary (a room opens, a slot
 * starts, a no-show deadline passes) re-reads nothing; the whole day is read again on the
 * first view, a new day, a LISTEN reconnect, and, as the safety net for meeting edits (they
 * send no NOTIFY), after `refreshMs`. The board is serialized once and the same bytes are
 * queued on every viewer's stream, only when it changed.
 */
class SessionChannel implements RoomActivityWatcher {
  readonly viewers = new Set<BoardViewer>();
  current: Current | null = null;
  computations = 0;
  fullReads = 0;
  private rows: BoardDayRows | null = null;
  /** Meetings whose room visits changed since the last computation, or "all": read the day again. */
  private changed: Set<string> | "all" = "all";
  private version = 0;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private debounce: NodeJS.Timeout | null = null;
  private boundary: NodeJS.Timeout | null = null;
  private refresh: NodeJS.Timeout | null = null;
  private linger: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private meta: LiveSessionMeta,
    private readonly options: HubOptions,
    private readonly dispose: () => void,
  ) {}

  onActivity(meetingId: string): void {
    if (this.changed !== "all") this.changed.add(meetingId);
    this.request();
  }

  onResync(): void {
    this.changed = "all";
    this.request();
  }

  /** The board now: the current one, or computed at once (a new channel). */
  async ensureCurrent(): Promise<Current> {
    if (!this.current) await (this.inFlight ?? this.run());
    if (!this.current) throw new Error(`live board ${this.meta.id} could not be computed`);
    return this.current;
  }

  add(viewer: BoardViewer): void {
    this.viewers.add(viewer);
    this.clear("linger");
    this.heartbeat ??= setInterval(() => this.broadcast(HEARTBEAT), this.options.heartbeatMs);
    this.heartbeat.unref?.();
    if (this.current) this.deliver(viewer, this.current.event);
  }

  remove(viewer: BoardViewer): void {
    if (!this.viewers.delete(viewer) || this.viewers.size > 0) return;
    this.clear("heartbeat");
    this.startLinger();
  }

  startLinger(): void {
    if (this.viewers.size > 0 || this.linger) return;
    this.linger = setTimeout(() => this.close(), this.options.lingerMs);
    this.linger.unref?.();
  }

  /** A change: recompute after the debounce window, once for everything that arrives within it. */
  request(): void {
    if (this.closed || this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.run();
    }, this.options.debounceMs);
    this.debounce.unref?.();
  }

  /** One recomputation at a time; a change arriving meanwhile asks for one more afterwards. */
  private run(): Promise<void> {
    if (this.inFlight) {
      this.dirty = true;
      return this.inFlight;
    }
    this.inFlight = this.compute()
      .catch((error) => {
        this.changed = "all";
        log.warn("live: board refresh failed", { sessionId: this.meta.id, err: error });
        this.plan("refresh", Math.min(this.options.refreshMs, 5_000));
      })
      .finally(() => {
        this.inFlight = null;
        if (this.dirty) {
          this.dirty = false;
          this.request();
        }
      });
    return this.inFlight;
  }

  private async compute(): Promise<void> {
    const now = this.options.clock();
    const changed = this.changed;
    this.changed = new Set();
    let rows = this.rows;
    if (!rows || changed === "all" || boardDay(now, this.meta.timeZone).day !== rows.day) {
      rows = await loadBoardDay(this.meta, now);
      this.fullReads += 1;
      // Counted from the last full read: joins and leaves keep coming, meeting edits must still show.
      this.plan("refresh", this.options.refreshMs);
    } else if (changed.size > 0) {
      rows = withVisits(rows, await loadMeetingVisits([...changed]));
    }
    if (this.closed) return;
    this.rows = rows;
    const { board, nextChangeAt, liveMeetingIds } = boardFrom(this.meta, rows, now);
    this.computations += 1;
    await roomActivity().watch(this, liveMeetingIds);
    // `at` changes every time; the rest decides whether anything the viewers see changed.
    const key = JSON.stringify({ ...board, at: "" });
    if (key !== this.current?.key) {
      this.version += 1;
      const shown = { ...board, version: this.version };
      this.current = { board: shown, key, event: encoder.encode(`event: board\ndata: ${JSON.stringify(shown)}\n\n`) };
      this.broadcast(this.current.event);
    }
    this.plan("boundary", nextChangeAt ? nextChangeAt.getTime() - now.getTime() + 20 : null);
  }

  private plan(timer: "boundary" | "refresh", inMs: number | null): void {
    this.clear(timer);
    if (inMs === null || this.closed) return;
    const handle = setTimeout(
      () => {
        this[timer] = null;
        if (timer === "boundary") return this.request();
        // The safety refresh reads the day again, and the session (its fair's zone may have been edited).
        this.changed = "all";
        void this.reloadMeta().finally(() => this.request());
      },
      Math.max(0, Math.min(inMs, MAX_TIMER_MS)),
    );
    handle.unref?.();
    this[timer] = handle;
  }

  private async reloadMeta(): Promise<void> {
    const meta = await loadLiveSessionMeta(this.meta.id).catch(() => null);
    if (meta) this.meta = meta;
  }

  private broadcast(bytes: Uint8Array): void {
    for (const viewer of this.viewers) this.deliver(viewer, bytes);
  }

  private deliver(viewer: BoardViewer, bytes: Uint8Array): void {
    if (!viewer.send(bytes)) this.remove(viewer);
  }

  private clear(timer: "debounce" | "boundary" | "refresh" | "linger" | "heartbeat"): void {
    const handle = this[timer];
    if (!handle) return;
    clearTimeout(handle);
    clearInterval(handle);
    this[timer] = null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of ["debounce", "boundary", "refresh", "linger", "heartbeat"] as const) this.clear(timer);
    this.viewers.clear();
    roomActivity().unwatch(this);
    this.dispose();
  }
}

/**
 * The live boards this app instance serves, one channel per watched session: however many
 * organizers watch a session, each change costs one recomputation (two statements) and one
 * serialization; each viewer costs only the bytes queued on its stream.
 */
export class LiveBoardHub {
  private readonly channels = new Map<string, SessionChannel>();
  private readonly options: HubOptions;

  constructor(options: Partial<HubOptions> = {}) {
    this.options = { ...defaults, ...options };
  }

  private channel(meta: LiveSessionMeta): SessionChannel {
    let channel = this.channels.get(meta.id);
    if (!channel) {
      const created = new SessionChannel(meta, this.options, () => {
        if (this.channels.get(meta.id) === created) this.channels.delete(meta.id);
      });
      this.channels.set(meta.id, created);
      channel = created;
    }
    return channel;
  }

  /**
   * The session's board now, for a page: the watched one without a statement, else
   * computed and kept a moment for the event stream the page opens next.
   * Callers have checked that the actor may see the session.
   */
  async read(meta: LiveSessionMeta): Promise<LiveBoard> {
    const channel = this.channel(meta);
    channel.startLinger();
    return (await channel.ensureCurrent()).board;
  }

  /** Adds a viewer: it gets the current board at once, then every change. Returns the unsubscribe. */
  async watch(meta: LiveSessionMeta, viewer: BoardViewer): Promise<() => void> {
    const channel = this.channel(meta);
    // With a current board the viewer gets it now; else the first computation's broadcast reaches it.
    channel.add(viewer);
    try {
      await channel.ensureCurrent();
    } catch (error) {
      channel.remove(viewer);
      throw error;
    }
    return () => channel.remove(viewer);
  }

  /** Tests and the benchmark: how a session's channel is doing. */
  stats(sessionId: string): { viewers: number; computations: number; fullReads: number; version: number } | null {
    const channel = this.channels.get(sessionId);
    if (!channel) return null;
    return {
      viewers: channel.viewers.size,
      computations: channel.computations,
      fullReads: channel.fullReads,
      version: channel.current?.board.version ?? 0,
    };
  }

  close(): void {
    for (const channel of [...this.channels.values()]) channel.close();
  }
}

const cache = globalThis as unknown as { fairbridgeLiveBoardHub?: { url: string; hub: LiveBoardHub } };

/** One hub per process and database (Next's dev server re-evaluates modules; test files use their own database). */
export function liveBoardHub(): LiveBoardHub {
  const url = requireEnv("DATABASE_URL");
  if (cache.fairbridgeLiveBoardHub?.url !== url) cache.fairbridgeLiveBoardHub = { url, hub: new LiveBoardHub() };
  return cache.fairbridgeLiveBoardHub.hub;
}
