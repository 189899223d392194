import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkReadiness } from "@/lib/health/check-readiness";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { findFreePort } from "../support/free-port";

// Each test file gets its own clone of the migrated template (tests/support/per-file-database.ts).
const databaseUrl = () => process.env.DATABASE_URL!;
const migrationsDir = join(process.cwd(), "prisma", "migrations");

/** The project's migrations plus one this database has never seen. */
async function migrationsWithOneMore(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "fairbridge-readiness-"));
  await cp(migrationsDir, dir, { recursive: true });
  await mkdir(join(dir, name));
  await writeFile(join(dir, name, "migration.sql"), `ALTER TABLE "User" ADD COLUMN "nickname" TEXT;\n`);
  return dir;
}

/** A URL where no PostgreSQL listens. */
async function unreachableUrl(): Promise<string> {
  return `postgresql://postgres:postgres@127.0.0.1:${await findFreePort()}/fairbridge`;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("checkReadiness", () => {
  it("is ready when the database answers and every migration in prisma/migrations is applied", async () => {
    expect(await checkReadiness({ databaseUrl: databaseUrl(), migrationsDir })).toEqual({
      ready: true,
      checks: { database: "ok", migrations: "ok" },
      problems: [],
    });
  });

  it("is not ready while a migration is pending, and names it for the log", async () => {
    const dir = await migrationsWithOneMore("29990101000000_pending_change");
    const readiness = await checkReadiness({ databaseUrl: databaseUrl(), migrationsDir: dir });
    expect(readiness).toEqual({
      ready: false,
      checks: { database: "ok", migrations: "failed" },
      problems: ["migrations pending: 29990101000000_pending_change"],
    });
  });

  it("counts a migration that failed half-way (no finished_at) as pending", async () => {
    const [last] = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1",
    );
    const setFinished = (value: "NULL" | "started_at") =>
      db.$executeRawUnsafe(
        `UPDATE _prisma_migrations SET finished_at = ${value} WHERE migration_name = $1`,
        last.migration_name,
      );
    await setFinished("NULL");
    try {
      const readiness = await checkReadiness({ databaseUrl: databaseUrl(), migrationsDir });
      expect(readiness.checks).toEqual({ database: "ok", migrations: "failed" });
      expect(readiness.problems).toEqual([`migrations pending: ${last.migration_name}`]);
    } finally {
      await setFinished("started_at");
    }
  });

  it("answers not ready, with the database check failed, when the database is unreachable (no throw, no hang)", async () => {
    const started = Date.now();
    const readiness = await checkReadiness({ databaseUrl: await unreachableUrl(), migrationsDir, timeoutMs: 1_000 });
    expect(readiness.ready).toBe(false);
    expect(readiness.checks).toEqual({ database: "failed", migrations: "skipped" });
    expect(readiness.problems[0]).toMatch(/^database: /);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("answers not ready when no database is configured", async () => {
    expect(await checkReadiness({ databaseUrl: undefined, migrationsDir })).toMatchObject({
      ready: false,
      checks: { database: "failed", migrations: "skipped" },
    });
  });
});

describe("GET /api/health and /api/ready", () => {
  it("health answers ok without asking the database, never cached", async () => {
    vi.stubEnv("DATABASE_URL", await unreachableUrl());
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("ready answers 200 with its checks, never cached", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
  });

  it("ready answers 503 with Retry-After and the failed check, logging the cause but not answering it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const url = await unreachableUrl();
    vi.stubEnv("DATABASE_URL", url);
    const response = await ready();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "not ready", checks: { database: "failed", migrations: "skipped" } });
    expect(text).not.toContain("127.0.0.1");

    const line = JSON.parse(warn.mock.calls[0][0]);
    expect(line).toMatchObject({ level: "warn", msg: "not ready", checks: { database: "failed" } });
    expect(line.problems[0]).toMatch(/^database: /);
  });
});
