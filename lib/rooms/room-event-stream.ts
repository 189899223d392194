import "server-only";
import { log } from "@/lib/log";
import { roomHub } from "./room-hub";
import { closeVisit, findOpenVisit } from "./leave-room";
import { loadSignal, readSignalsFor, type RoomSignalMessage } from "./signal-store";

const HEARTBEAT_MS = 15_000;

type StreamOptions = {
  meetingId: string;
  userId: string;
  visitId: string;
  /** Resume point: Last-Event-ID or `after` (the join's hello). */
  after: string;
  closesAt: Date;
  /** The request's abort signal: the browser went away. */
  abort: AbortSignal;
};

/**
 * Server-Sent Events for one visit: every signal addressed to the visitor or to the whole
 * room, in id order, starting after `after` (read from the table, so a reconnect loses
 * nothing), then live as NOTIFYs arrive. Heartbeats keep proxies from closing it. When the
 * browser goes away the visit ends (the others get a "bye"); when the same person joins
 * from another tab this stream ends with "takenOver"; when the room closes, with "closed".
 */
export function roomEventStream(options: StreamOptions): Response {
  const { meetingId, userId, visitId, closesAt, abort } = options;
  const encoder = new TextEncoder();
  // Ids already sent: live NOTIFYs and table reads overlap, and ids may commit out of order.
  const sent = new Set<string>();
  let lastId = options.after;
  let finished = false;
  let stop: () => void = () => undefined;
  let inOrder: Promise<void> = Promise.resolve();

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (!finished) controller.enqueue(encoder.encode(text));
      };
      const end = (event?: string) => {
        if (finished) return;
        if (event) write(`event: ${event}\ndata: {}\n\n`);
        finished = true;
        stop();
        controller.close();
      };
      const deliver = (message: RoomSignalMessage) => {
        if (finished || sent.has(message.id)) return;
        sent.add(message.id);
        if (BigInt(message.id) > BigInt(lastId)) lastId = message.id;
        if (message.fromUserId === userId) {
          // Our own broadcasts are not for us, except a newer visit of ours: another tab took over.
          const payload = message.payload as { visitId?: string } | null;
          if (message.kind === "hello" && payload?.visitId !== visitId) end("takenOver");
          return;
        }
        write(`id: ${message.id}\ndata: ${JSON.stringify(message)}\n\n`);
      };
      const catchUp = async () => {
        for (const message of await readSignalsFor(meetingId, userId, lastId)) deliver(message);
      };

      const unsubscribe = await roomHub().subscribe({
        meetingId,
        userId,
        // Fetched one after another: a "hello" must not be overtaken by the offer that follows it.
        onNotice: (notice) => {
          inOrder = inOrder
            .then(async () => {
              if (sent.has(notice.id) || finished) return;
              const message = await loadSignal(notice.id);
              if (message) deliver(message);
            })
            .catch((error) => log.warn("rooms: could not deliver a signal", { signalId: notice.id, err: error }));
        },
        onResync: () => void (inOrder = inOrder.then(catchUp).catch(() => undefined)),
      });
      const heartbeat = setInterval(() => {
        if (Date.now() >= closesAt.getTime()) return end("closed");
        write(`: heartbeat\n\n`);
      }, HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
        abort.removeEventListener("abort", onAbort);
        void closeVisit({ visitId, meetingId, userId }, { now: new Date() }).catch((error) =>
          log.warn("rooms: could not close a visit", { visitId, err: error }),
        );
      };
      const onAbort = () => {
        if (finished) return;
        finished = true;
        stop();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime.
        }
      };
      abort.addEventListener("abort", onAbort);
      // Tell the browser how long to wait before reconnecting, then send the backlog.
      write(`retry: 2000\n: connected\n\n`);
      inOrder = inOrder.then(catchUp).catch((error) => log.warn("rooms: could not send the backlog", { err: error }));
      await inOrder;
    },
    cancel() {
      if (finished) return;
      finished = true;
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: Next's compression would otherwise buffer the stream.
      "Cache-Control": "private, no-cache, no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

/** Whether the visit may open a stream: it must be the caller's and still open. */
export async function visitIsOpen(meetingId: string, userId: string, visitId: string): Promise<boolean> {
  return (await findOpenVisit(meetingId, userId, visitId)) !== null;
}
