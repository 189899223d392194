/**
 * PostgreSQL's own client tools (pg_dump, pg_restore) of the server's major
 * version: pg_dump refuses a newer server, and an older pg_restore cannot read a
 * newer dump. Looked up in PG_BIN_DIR, then Debian's /usr/lib/postgresql/<major>/bin
 * (package postgresql-client-<major>), then PATH.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type PgTool = "pg_dump" | "pg_restore";

/** The server's major version (15 for 15.18), from `server_version_num`. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/** The path of `tool` whose major is `major`, or an error saying how to get one. */
export function findPgTool(tool: PgTool, major: number): string {
  const candidates = [
    process.env.PG_BIN_DIR && path.join(process.env.PG_BIN_DIR, tool),
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    tool, // PATH
  ].filter((candidate): candidate is string => Boolean(candidate));
  const seen: string[] = [];
  for (const candidate of candidates) {
    if (candidate.includes("/") && !existsSync(candidate)) continue;
    const found = toolMajor(candidate);
    if (found === major) return candidate;
    if (found !== undefined) seen.push(`${candidate} is PostgreSQL ${found}`);
  }
  throw new Error(
    `No ${tool} of PostgreSQL ${major} (the server's major version) was found` +
      (seen.length ? ` (${seen.join("; ")})` : "") +
      `. On Debian: apt-get install postgresql-client-${major} (as root), ` +
      `or set PG_BIN_DIR to a folder holding PostgreSQL ${major}'s ${tool}.`,
  );
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" -> 15; undefined when it does not run. */
function toolMajor(executable: string): number | undefined {
  try {
    const output = execFileSync(executable, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const match = output.match(/\(PostgreSQL\) (\d+)/);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
