import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { isConflictViolation, isDatabaseUnavailable } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { apiErrorResponse } from "@/lib/api/api-error-response";
import { errorTranslator } from "@/lib/api/error-translator";
import { findFreePort } from "../support/free-port";

// Real failures, not hand-made error objects: a server nobody listens on, and a
// connection PostgreSQL itself terminates (what a restart does to open connections).
async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

const clients: { $disconnect(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect()));
});

describe("isDatabaseUnavailable", () => {
  it("recognizes a database nobody listens on, through Prisma", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await findFreePort());
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    clients.push(unreachable);
    const error = await errorOf(() => unreachable.organization.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognizes a connection the server terminated, as in a restart", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    client.on("error", () => undefined);
    await client.connect();
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await db.$queryRaw`SELECT pg_terminate_backend(${rows[0].pid}::int)`;
    const error = await errorOf(() => client.query("SELECT 1"));
    await client.end().catch(() => undefined);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not take a constraint violation or a programming error for an outage", async () => {
    const duplicate = await errorOf(() =>
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("CREATE TEMP TABLE duplicate_probe (id int PRIMARY KEY) ON COMMIT DROP");
        await tx.$executeRawUnsafe("INSERT INTO duplicate_probe VALUES (1), (1)");
      }),
    );
    expect(isConflictViolation(duplicate)).toBe(true);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });

  it("is answered 503 with Retry-After in the API's envelope, in the caller's language", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await findFreePort());
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
    clients.push(unreachable);
    const error = await errorOf(() => unreachable.organization.count());
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = apiErrorResponse(error, errorTranslator("ru"));
    warn.mockRestore();
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.error.message).toMatch(/недоступен/);
  });
});
