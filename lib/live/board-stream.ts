import "server-only";
import type { LiveBoardHub } from "./board-hub";
import { eventStream } from "./event-stream";
import type { LiveSessionMeta } from "./live-session";

/** A viewer's stream ends after this long and reconnects (re-checking who may watch). */
export const BOARD_STREAM_MAX_AGE_MS = 10 * 60_000;

/**
 * One organizer's live board as server-sent events: `event: board` with the whole board,
 * at once and then whenever it changes (the hub computes and serializes it once for all
 * viewers of the session), and a comment line as keep-alive. Callers checked the access.
 */
export function liveBoardStream(hub: LiveBoardHub, session: LiveSessionMeta, abort: AbortSignal): Response {
  return eventStream({ abort, maxAgeMs: BOARD_STREAM_MAX_AGE_MS }, (sink) => hub.watch(session, sink));
}
