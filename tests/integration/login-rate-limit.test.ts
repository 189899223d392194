import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkLoginAllowed, clearLoginFailures, loginLimits, recordLoginFailure } from "@/lib/auth/login-rate-limit";
import { authOptions } from "@/lib/auth/options";
import { failureOf } from "../factories/errors";
import { createApprovedBuyer } from "../factories/organizations";
import { uniqueEmail } from "../factories/unique";
import { testPassword } from "../factories/users";

// Each test uses its own addresses and e-mails, so rows of other tests never count.
let ipCounter = 0;
const uniqueIp = () => `198.51.100.${++ipCounter}`;

async function fail(times: number, email: string, ip: string) {
  for (let i = 0; i < times; i++) await recordLoginFailure(email, ip);
}

/** Failures `minutesAgo` before `now`, written the way recordLoginFailure would have. */
async function failedAt(now: Date, minutesAgo: number, email: string, ip: string, times = 1) {
  const createdAt = new Date(now.getTime() - minutesAgo * 60_000);
  await db.loginFailure.createMany({ data: Array.from({ length: times }, () => ({ email, ip, createdAt })) });
}

describe("checkLoginAllowed", () => {
  it("tolerates 4 failures of an account and blocks the 5th for at most the window", async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    await fail(4, email, ip);
    expect(await checkLoginAllowed(email, ip)).toEqual({ blocked: false });

    await fail(1, email, ip);
    const block = await checkLoginAllowed(email, ip);
    expect(block.blocked).toBe(true);
    expect(block.blocked && block.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    expect(block.blocked && block.retryAfterMinutes).toBeLessThanOrEqual(loginLimits.windowMinutes);
    // The account stays blocked from any address.
    expect((await checkLoginAllowed(email, uniqueIp())).blocked).toBe(true);
  });

  it("leaves a different account on another address alone", async () => {
    const attacked = uniqueEmail();
    const ip = uniqueIp();
    await fail(5, attacked, ip);
    expect(await checkLoginAllowed(uniqueEmail(), uniqueIp())).toEqual({ blocked: false });
  });

  it("blocks an address after 20 failures across different accounts", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < loginLimits.perAddress - 1; i++) await recordLoginFailure(uniqueEmail("victim"), ip);
    expect(await checkLoginAllowed(uniqueEmail(), ip)).toEqual({ blocked: false });

    await recordLoginFailure(uniqueEmail("victim"), ip);
    expect(await checkLoginAllowed(uniqueEmail(), ip)).toMatchObject({ blocked: true });
    expect(await checkLoginAllowed(uniqueEmail(), uniqueIp())).toEqual({ blocked: false });
  });

  it("forgets failures older than the window", async () => {
    const now = new Date();
    const email = uniqueEmail();
    const ip = uniqueIp();
    await failedAt(now, loginLimits.windowMinutes + 1, email, ip, 10);
    await failedAt(now, loginLimits.windowMinutes + 1, uniqueEmail(), ip, 30);
    await failedAt(now, 1, email, ip, 4);
    expect(await checkLoginAllowed(email, ip, now)).toEqual({ blocked: false });
  });

  it("counts the wait from the failure that tipped the limit", async () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const email = uniqueEmail();
    const ip = uniqueIp();
    await failedAt(now, 10, email, ip, 5);
    expect(await checkLoginAllowed(email, ip, now)).toEqual({ blocked: true, retryAfterMinutes: 5 });
    expect(await checkLoginAllowed(email, ip, new Date(now.getTime() + 5 * 60_000 + 1))).toEqual({ blocked: false });
  });

  it("clearLoginFailures unblocks that account only", async () => {
    const [email, other] = [uniqueEmail(), uniqueEmail()];
    const ip = uniqueIp();
    await fail(5, email, ip);
    await fail(5, other, uniqueIp());

    await clearLoginFailures(email);
    expect(await db.loginFailure.count({ where: { email } })).toBe(0);
    expect(await db.loginFailure.count({ where: { email: other } })).toBe(5);
    expect(await checkLoginAllowed(email, ip)).toEqual({ blocked: false });
    expect((await checkLoginAllowed(other, uniqueIp())).blocked).toBe(true);
  });
});

describe("the credentials provider's authorize()", () => {
  type Authorize = (
    credentials: Record<string, string> | undefined,
    req: { headers: Record<string, string> },
  ) => Promise<unknown>;
  // next-auth v4 keeps the function we wrote under `options`; the top-level one is a stub.
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const from = (ip: string) => ({ headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } });

  let user: { id: string; email: string; name: string };
  beforeAll(async () => {
    const buyer = await createApprovedBuyer();
    user = { id: buyer.user.id, email: buyer.user.email, name: buyer.actor.name };
  });
  // Every test starts with an unblocked account.
  const clean = () => clearLoginFailures(user.email);

  it("returns the user, without secrets, for the right credentials in any letter case", async () => {
    await clean();
    expect(await authorize({ email: user.email, password: testPassword }, from(uniqueIp()))).toEqual(user);
    expect(
      await authorize({ email: `  ${user.email.toUpperCase()} `, password: testPassword }, from(uniqueIp())),
    ).toEqual(user);
  });

  it("refuses a wrong password, an unknown e-mail and malformed input alike, recording the failures", async () => {
    await clean();
    const ip = uniqueIp();
    const stranger = uniqueEmail("nobody");
    for (const credentials of [
      { email: user.email, password: `${testPassword}!` },
      { email: stranger, password: testPassword },
    ]) {
      expect(await failureOf(authorize(credentials, from(ip)))).toMatchObject({ message: "INVALID_CREDENTIALS" });
    }
    expect(await failureOf(authorize({ email: "not an e-mail", password: "x" }, from(ip)))).toMatchObject({
      message: "INVALID_CREDENTIALS",
    });
    expect(await failureOf(authorize(undefined, from(ip)))).toMatchObject({ message: "INVALID_CREDENTIALS" });

    const recorded = await db.loginFailure.findMany({
      where: { ip },
      orderBy: { id: "asc" },
      select: { email: true, ip: true },
    });
    expect(recorded).toEqual([
      { email: user.email, ip },
      { email: stranger, ip },
    ]);
  });

  it("clears the account's failures after a successful sign-in", async () => {
    await clean();
    const ip = uniqueIp();
    await fail(3, user.email, ip);
    await authorize({ email: user.email, password: testPassword }, from(ip));
    expect(await db.loginFailure.count({ where: { email: user.email } })).toBe(0);
  });

  it("after 5 failures refuses even the right password with RATE_LIMITED:<minutes>", async () => {
    await clean();
    const ip = uniqueIp();
    for (let i = 0; i < loginLimits.perAccount; i++) {
      expect(
        await failureOf(authorize({ email: user.email, password: `wrong-${i}-password` }, from(ip))),
      ).toMatchObject({ message: "INVALID_CREDENTIALS" });
    }
    for (const attemptIp of [ip, uniqueIp()]) {
      const error = (await failureOf(
        authorize({ email: user.email, password: testPassword }, from(attemptIp)),
      )) as Error;
      const minutes = Number(error.message.match(/^RATE_LIMITED:(\d+)$/)?.[1]);
      expect(minutes, error.message).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(loginLimits.windowMinutes);
    }
    expect(await db.loginFailure.count({ where: { email: user.email } })).toBe(loginLimits.perAccount);
  });

  it("refuses everyone from an address that failed 20 times, but not the same account elsewhere", async () => {
    await clean();
    const ip = uniqueIp();
    for (let i = 0; i < loginLimits.perAddress; i++) await recordLoginFailure(uniqueEmail("spray"), ip);
    const error = (await failureOf(authorize({ email: user.email, password: testPassword }, from(ip)))) as Error;
    expect(error.message).toMatch(/^RATE_LIMITED:\d+$/);
    expect(await authorize({ email: user.email, password: testPassword }, from(uniqueIp()))).toEqual(user);
  });

  it("refuses a disabled account even with the right password", async () => {
    await clean();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    try {
      expect(await failureOf(authorize({ email: user.email, password: testPassword }, from(uniqueIp())))).toMatchObject(
        { message: "INVALID_CREDENTIALS" },
      );
    } finally {
      await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    }
  });
});
