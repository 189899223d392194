/**
 * A transparent TCP proxy in front of PostgreSQL that counts the statements the
 * app sends: simple-protocol Query ('Q') and extended-protocol Execute ('E')
 * messages. Point the app's DATABASE_URL at it to see how many statements one
 * HTTP request costs (the N+1 check), whatever library issues them.
 */
import net from "node:net";

export type StatementCounter = {
  port: number;
  count(): number;
  /** The SQL of the statements counted since the last reset (the start of each), for error messages. */
  texts(): string[];
  reset(): void;
  close(): Promise<void>;
};

export async function startStatementCounter(
  upstreamPort: number,
  upstreamHost = "127.0.0.1",
): Promise<StatementCounter> {
  let statements = 0;
  let texts: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, upstreamHost);
    sockets.add(client).add(upstream);
    let buffer = Buffer.alloc(0);
    let startupDone = false;
    let parsed = ""; // the SQL of the last Parse message: what the next Execute runs
    client.on("data", (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      // The startup message has no type byte: Int32 length, then the payload.
      if (!startupDone) {
        if (buffer.length < 4) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        buffer = buffer.subarray(length);
        startupDone = true;
      }
      while (buffer.length >= 5) {
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const type = String.fromCharCode(buffer[0]);
        if (type === "P") {
          // Parse: statement name (C string), then the query text (C string).
          const body = buffer.subarray(5, 1 + length);
          const nameEnd = body.indexOf(0);
          parsed = body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString("utf8");
        }
        if (type === "Q" || type === "E") {
          statements += 1;
          const sql = type === "Q" ? buffer.subarray(5, length).toString("utf8") : parsed;
          texts.push(sql.replace(/\s+/g, " ").trim().slice(0, 160));
        }
        buffer = buffer.subarray(1 + length);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    count: () => statements,
    texts: () => texts,
    reset: () => {
      statements = 0;
      texts = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
