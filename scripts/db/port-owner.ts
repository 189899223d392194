/**
 * Who answers on the embedded server's port. A server found there is used only
 * when it is this checkout's own (its data directory is ours): another checkout's
 * server on the same port and credentials must never be seeded or served silently.
 */
import { realpathSync } from "node:fs";
import net from "node:net";
import pg from "pg";

export type PortOwner = { kind: "free" } | { kind: "ours" } | { kind: "foreign"; description: string };

export async function portOwner(serverUrl: string, port: number, dataDir: string): Promise<PortOwner> {
  if (!(await isListening(port))) return { kind: "free" };
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 2000 });
  // A peer that is not PostgreSQL may reset the socket after the failed handshake.
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    const theirs = rows[0].data_directory;
    if (samePath(theirs, dataDir)) return { kind: "ours" };
    return { kind: "foreign", description: `a PostgreSQL server with the data directory ${theirs}` };
  } catch (error) {
    return { kind: "foreign", description: `a program this checkout cannot use (${(error as Error).message})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The error to stop with, naming the port and how to choose another. */
export class PortTakenError extends Error {
  constructor(port: number, owner: { description: string }, portVariable: string) {
    super(
      `Port ${port} on 127.0.0.1 is taken by ${owner.description}, not by this checkout's embedded PostgreSQL. ` +
        `Choose another port for it with ${portVariable} (for example ${portVariable}=${port + 1}), ` +
        `or set DATABASE_URL to use a server on purpose.`,
    );
    this.name = "PortTakenError";
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}
