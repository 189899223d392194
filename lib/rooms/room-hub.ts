import "server-only";
import { log } from "@/lib/log";
import pg from "pg";
import { requireEnv } from "@/lib/env";
import { ROOM_CHANNEL, type SignalNotice } from "./signal-store";

export type RoomSubscriber = {
  meetingId: string;
  userId: string;
  /** A signal for this subscriber (or for everyone in its room) was committed. */
  onNotice(notice: SignalNotice): void;
  /** The LISTEN connection was lost and is back: notices may have been missed, read the table. */
  onResync(): void;
};

/** Every room's notices (lib/live: the organizers' live board and the "Now" page watch many rooms at once). */
export type RoomTap = { onNotice(notice: SignalNotice): void; onResync(): void };

/**
 * One dedicated LISTEN connection per app instance (a plain pg Client: Prisma's pool
 * cannot hold a session open) fanning notifications out to this instance's SSE
 * subscribers in memory. Reconnects with backoff; subscribers resync after a gap.
 * LISTEN needs a session: point DATABASE_URL at Postgres, not a transaction-mode PgBouncer.
 */
class RoomHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 500;
  private readonly subscribers = new Set<RoomSubscriber>();
  private readonly taps = new Set<RoomTap>();

  constructor(private readonly url: string) {}

  async subscribe(subscriber: RoomSubscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    await this.ensureConnected();
    return () => this.subscribers.delete(subscriber);
  }

  /** Receives every notice of every room on this instance's one LISTEN connection (see `listening`). */
  tap(tap: RoomTap): () => void {
    this.taps.add(tap);
    return () => this.taps.delete(tap);
  }

  /** Resolves once the LISTEN connection is up (connecting it if needed). */
  listening(): Promise<void> {
    return this.ensureConnected();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: "fairbridge-room-hub" });
    client.on("notification", (message) => this.dispatch(message.payload));
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${ROOM_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      throw error;
    }
    this.client = client;
    this.retryMs = 500;
  }

  private readonly dead = new WeakSet<pg.Client>();

  private lost(client: pg.Client, error?: Error): void {
    // "error" and "end" both arrive for one loss: handle it once.
    if (this.dead.has(client)) return;
    this.dead.add(client);
    if (this.client === client) this.client = null;
    client.removeAllListeners("notification");
    client.end().catch(() => undefined);
    if (error) log.warn("rooms: LISTEN connection lost", { err: error });
    if (this.subscribers.size === 0 && this.taps.size === 0) return;
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => {
      this.ensureConnected()
        .then(() => [...this.subscribers, ...this.taps].forEach((s) => s.onResync()))
        .catch(() => undefined);
    }, delay).unref();
  }

  /** Tests and shutdown: drop the connection without reconnecting. */
  async close(): Promise<void> {
    this.subscribers.clear();
    this.taps.clear();
    const client = this.client;
    this.client = null;
    if (client) {
      this.dead.add(client);
      await client.end().catch(() => undefined);
    }
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let notice: SignalNotice;
    try {
      notice = JSON.parse(payload) as SignalNotice;
    } catch {
      return;
    }
    for (const tap of this.taps) tap.onNotice(notice);
    for (const subscriber of this.subscribers) {
      if (subscriber.meetingId !== notice.meetingId) continue;
      if (notice.toUserId !== null && notice.toUserId !== subscriber.userId) continue;
      subscriber.onNotice(notice);
    }
  }
}

// One hub per process and database (Next's dev server re-evaluates modules; test files use their own database).
const cache = globalThis as unknown as { fairbridgeRoomHub?: RoomHub; fairbridgeRoomHubUrl?: string };

export function roomHub(): RoomHub {
  const url = requireEnv("DATABASE_URL");
  if (!cache.fairbridgeRoomHub || cache.fairbridgeRoomHubUrl !== url) {
    cache.fairbridgeRoomHub = new RoomHub(url);
    cache.fairbridgeRoomHubUrl = url;
  }
  return cache.fairbridgeRoomHub;
}

export async function closeRoomHub(): Promise<void> {
  await cache.fairbridgeRoomHub?.close();
  cache.fairbridgeRoomHub = undefined;
}
