import "server-only";
import { roomHub } from "@/lib/rooms/room-hub";
import type { SignalNotice } from "@/lib/rooms/signal-store";

/** Someone entered or left a room: the signals that change who is in it (lib/rooms join-room, leave-room). */
const PRESENCE_KINDS = new Set(["hello", "bye"]);

export type RoomActivityWatcher = {
  /** Someone joined or left the room of one of the watched meetings (NOTIFY, committed). */
  onActivity(meetingId: string): void;
  /** The LISTEN connection was lost and is back: changes may have been missed. */
  onResync(): void;
};

/**
 * Joins and leaves of many rooms at once, from the rooms' own LISTEN connection (one per
 * app instance, lib/rooms/room-hub.ts): a notice is routed by its meeting id through one
 * map lookup, so it costs the same whether one board or fifty "Now" pages are open.
 */
class RoomActivity {
  private readonly byMeeting = new Map<string, Set<RoomActivityWatcher>>();
  private readonly watched = new Map<RoomActivityWatcher, Set<string>>();
  private untap: (() => void) | null = null;

  /** Watches exactly these meetings (replacing the watcher's earlier set). */
  async watch(watcher: RoomActivityWatcher, meetingIds: Iterable<string>): Promise<void> {
    const next = new Set(meetingIds);
    const previous = this.watched.get(watcher) ?? new Set<string>();
    for (const id of previous) if (!next.has(id)) this.byMeeting.get(id)?.delete(watcher);
    for (const id of next) {
      if (previous.has(id)) continue;
      const watchers = this.byMeeting.get(id) ?? new Set<RoomActivityWatcher>();
      watchers.add(watcher);
      this.byMeeting.set(id, watchers);
    }
    this.watched.set(watcher, next);
    this.untap ??= roomHub().tap({
      onNotice: (notice) => this.dispatch(notice),
      onResync: () => this.watched.forEach((_, w) => w.onResync()),
    });
    await roomHub().listening();
  }

  unwatch(watcher: RoomActivityWatcher): void {
    for (const id of this.watched.get(watcher) ?? []) {
      const watchers = this.byMeeting.get(id);
      watchers?.delete(watcher);
      if (watchers?.size === 0) this.byMeeting.delete(id);
    }
    this.watched.delete(watcher);
    if (this.watched.size > 0 || !this.untap) return;
    this.untap();
    this.untap = null;
  }

  private dispatch(notice: SignalNotice): void {
    // A notice without a kind comes from an older instance: treat it as a presence change.
    if (notice.kind && !PRESENCE_KINDS.has(notice.kind)) return;
    for (const watcher of this.byMeeting.get(notice.meetingId) ?? []) watcher.onActivity(notice.meetingId);
  }
}

// One per room hub (the hub is one per process and database).
const cache = globalThis as unknown as { fairbridgeRoomActivity?: { hub: object; activity: RoomActivity } };

export function roomActivity(): RoomActivity {
  const hub = roomHub();
  if (cache.fairbridgeRoomActivity?.hub !== hub) cache.fairbridgeRoomActivity = { hub, activity: new RoomActivity() };
  return cache.fairbridgeRoomActivity.activity;
}
