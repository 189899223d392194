/**
 * HTTP/1.1 over raw sockets for the race: every client connects and sends its
 * whole request except the last byte of the header block, so no server has
 * seen a complete request yet; `release` then writes the missing bytes to every
 * socket in one tight loop (the "last-byte sync" of race-condition testing),
 * which puts all requests on the wire within a millisecond or two instead of
 * the tens of milliseconds that opening connections and starting requests take.
 */
import net from "node:net";

export type ArmedRequest = { port: number; path: string; token: string; body: unknown };
export type RawResponse = { status: number; body: string; ms: number; port: number; error?: string };

type Armed = { socket: net.Socket; rest: Buffer; response: Promise<RawResponse> };

export type ArmedBatch = {
  /** Sends the held-back bytes of every request; resolves with the responses in order. */
  release(): Promise<{ responses: RawResponse[]; spreadMs: number }>;
};

export async function armRequests(requests: ArmedRequest[], timeoutMs = 120_000): Promise<ArmedBatch> {
  let releasedAt = 0;
  const armed = await Promise.all(
    requests.map(
      (request) =>
        new Promise<Armed>((resolve, reject) => {
          const body = JSON.stringify(request.body);
          const head =
            `POST ${request.path} HTTP/1.1\r\nHost: 127.0.0.1:${request.port}\r\n` +
            `Authorization: Bearer ${request.token}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
          const prefix = Buffer.from(head.slice(0, -1));
          const rest = Buffer.from(head.slice(-1) + body);
          const socket = net.connect({ host: "127.0.0.1", port: request.port });
          socket.setNoDelay(true);
          const chunks: Buffer[] = [];
          const response = new Promise<RawResponse>((done) => {
            const finish = (error?: string) => {
              const ms = performance.now() - releasedAt;
              const parsed = parseResponse(Buffer.concat(chunks));
              done({ ...parsed, ms, port: request.port, ...(error && parsed.status === 0 ? { error } : {}) });
            };
            socket.on("data", (chunk: Buffer) => chunks.push(chunk));
            socket.on("end", () => finish());
            socket.on("error", (error) => finish(error.message));
            socket.setTimeout(timeoutMs, () => {
              socket.destroy();
              finish("timeout");
            });
          });
          socket.once("error", reject);
          socket.once("connect", () => {
            socket.write(prefix, (error) => {
              if (error) reject(error);
              else resolve({ socket, rest, response });
            });
          });
        }),
    ),
  );
  return {
    async release() {
      releasedAt = performance.now();
      for (const { socket, rest } of armed) socket.write(rest);
      const spreadMs = performance.now() - releasedAt;
      const responses = await Promise.all(armed.map((a) => a.response));
      for (const { socket } of armed) socket.destroy();
      return { responses, spreadMs };
    },
  };
}

/** Status and body of a complete HTTP/1.1 response (Content-Length or chunked). */
function parseResponse(raw: Buffer): { status: number; body: string } {
  const text = raw.toString("utf8");
  const split = text.indexOf("\r\n\r\n");
  if (split === -1) return { status: 0, body: text };
  const head = text.slice(0, split);
  const status = Number(head.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0);
  let body = text.slice(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(head)) body = dechunk(body);
  return { status, body };
}

function dechunk(chunked: string): string {
  let out = "";
  let rest = chunked;
  for (;;) {
    const lineEnd = rest.indexOf("\r\n");
    if (lineEnd === -1) return out;
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!size) return out;
    // Sizes count bytes; the bodies here are ASCII JSON except translated messages, so go through a Buffer.
    const data = Buffer.from(rest.slice(lineEnd + 2), "utf8");
    out += data.subarray(0, size).toString("utf8");
    rest = data.subarray(size + 2).toString("utf8");
  }
}
