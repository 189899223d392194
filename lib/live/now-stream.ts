import "server-only";
import { eventStream } from "./event-stream";
import { roomActivity, type RoomActivityWatcher } from "./room-activity";

const encoder = new TextEncoder();
const CHANGED = encoder.encode("event: changed\ndata: {}\n\n");
const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");
/** Reconnects re-read which meetings the viewer's "Now" covers (and re-check the session). */
export const NOW_STREAM_MAX_AGE_MS = 5 * 60_000;
const DEBOUNCE_MS = 300;

/**
 * The "Now" page's server-sent events: `changed` when someone enters or leaves the room
 * of one of the viewer's meetings (from the rooms' LISTEN connection, folded per 300 ms),
 * and nothing else: the page re-renders itself on it. Callers checked who may watch these meetings.
 */
export function nowEventStream(meetingIds: string[], abort: AbortSignal): Response {
  return eventStream({ abort, maxAgeMs: NOW_STREAM_MAX_AGE_MS }, async (sink) => {
    let pending: NodeJS.Timeout | null = null;
    const changed = () => {
      pending ??= setTimeout(() => {
        pending = null;
        sink.send(CHANGED);
      }, DEBOUNCE_MS);
    };
    const watcher: RoomActivityWatcher = { onActivity: changed, onResync: changed };
    try {
      await roomActivity().watch(watcher, meetingIds);
    } catch (error) {
      roomActivity().unwatch(watcher);
      throw error;
    }
    const heartbeat = setInterval(() => sink.send(KEEP_ALIVE), 25_000);
    return () => {
      clearInterval(heartbeat);
      if (pending) clearTimeout(pending);
      roomActivity().unwatch(watcher);
    };
  });
}
