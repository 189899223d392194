import "server-only";
import { log } from "@/lib/log";

const encoder = new TextEncoder();

/** Headers of every server-sent event stream (no-transform: Next's compression would buffer it). */
export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "private, no-cache, no-store, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

/** A stream this far behind (bytes queued, unread) is a client that stopped reading: it is ended. */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024;

export type EventSink = {
  /** Queues bytes; false once the stream has ended or fell too far behind (then it is ended). */
  send(bytes: Uint8Array): boolean;
  end(): void;
};

/**
 * A server-sent event stream that lives at most `maxAgeMs`: the browser's EventSource then
 * reconnects by itself, and the reconnect checks the session, role and tenant again, so a
 * suspended organizer stops receiving within that time. `open` starts the feed and returns
 * its cleanup; it runs once, and the cleanup runs once whichever way the stream ends.
 */
export function eventStream(
  { abort, maxAgeMs }: { abort: AbortSignal; maxAgeMs: number },
  open: (sink: EventSink) => Promise<() => void>,
): Response {
  let finished = false;
  let cleanup: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  const stream = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        const finish = () => {
          if (finished) return;
          finished = true;
          if (timer) clearTimeout(timer);
          abort.removeEventListener("abort", finish);
          cleanup?.();
          try {
            controller.close();
          } catch {
            // Already closed by the runtime.
          }
        };
        const sink: EventSink = {
          send(bytes) {
            if (finished) return false;
            if ((controller.desiredSize ?? 0) < -MAX_BACKLOG_BYTES) {
              finish();
              return false;
            }
            controller.enqueue(bytes);
            return true;
          },
          end: finish,
        };
        abort.addEventListener("abort", finish);
        // Jitter spreads the reconnects of viewers who opened the page together.
        timer = setTimeout(finish, maxAgeMs * (0.9 + Math.random() * 0.2));
        sink.send(encoder.encode("retry: 2000\n: connected\n\n"));
        let stop: () => void;
        try {
          stop = await open(sink);
        } catch (error) {
          // Ended cleanly rather than errored: the browser reconnects after `retry`.
          log.warn("live: event stream could not open", { err: error });
          return finish();
        }
        if (finished) stop();
        else cleanup = stop;
      },
      cancel() {
        if (finished) return;
        finished = true;
        if (timer) clearTimeout(timer);
        cleanup?.();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
}
