/**
 * The sign-in throttle (penetration test findings 1, 2 and 6): parallel guesses for one
 * account are decided one after another, so only the free ones are checked; someone
 * hammering an account from one address does not lock its owner out elsewhere; the
 * per-address limit holds; a forged X-Forwarded-For changes nothing without trusted proxies.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword, type SignInResult } from "@/lib/auth/sign-in";
import { clientAddressOf, parseTrustedProxies } from "@/lib/http/client-address";
import { throttlePolicies } from "@/lib/throttle/policies";
import { uniqueAddress } from "../factories/addresses";
import { createPendingOrganization } from "../factories/organizations";
import { uniqueEmail } from "../factories/unique";
import { testPassword } from "../factories/users";

const free = throttlePolicies["signIn.pair"].free;

async function account() {
  const { user } = await createPendingOrganization("BUYER");
  return user.email;
}

const attempt = (email: string, password: string, clientAddress: string, now?: Date) =>
  signInWithPassword({ email, password }, { clientAddress, now });

const tally = (results: SignInResult[]) => ({
  checked: results.filter((r) => !r.ok && r.reason === "invalid").length,
  refused: results.filter((r) => !r.ok && r.reason === "rateLimited").length,
  signedIn: results.filter((r) => r.ok).length,
});

describe("sign-in throttle", () => {
  it(`checks at most ${free} of 30 parallel wrong guesses for one account and refuses the rest`, async () => {
    const email = await account();
    const address = uniqueAddress();
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt(email, "wrong-Password-1", address)));
    expect(tally(results)).toEqual({ checked: free, refused: 30 - free, signedIn: 0 });
    const refused = results.find((r) => !r.ok && r.reason === "rateLimited");
    expect(refused).toMatchObject({ retryAfterSeconds: expect.any(Number) });
  });

  it("refuses the right password when it comes after 29 parallel wrong ones", async () => {
    const email = await account();
    const address = uniqueAddress();
    const wrong = Array.from({ length: 29 }, () => attempt(email, "wrong-Password-1", address));
    // Sent while the wrong ones are still in flight, as the 30th request of the burst.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const right = await attempt(email, testPassword, address);
    const results = await Promise.all(wrong);
    expect(right).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(tally(results).checked).toBeLessThanOrEqual(free);
  });

  it("lets the owner sign in from another address while one address is throttled", async () => {
    const email = await account();
    const attacker = uniqueAddress();
    await Promise.all(Array.from({ length: 20 }, () => attempt(email, "wrong-Password-1", attacker)));
    expect(await attempt(email, testPassword, attacker)).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(await attempt(email, testPassword, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("makes the wait grow: 1 s after the free attempts, then 2 s", async () => {
    const email = await account();
    const address = uniqueAddress();
    const t0 = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < free; i += 1) {
      expect(await attempt(email, "wrong-Password-1", address, t0)).toMatchObject({ reason: "invalid" });
    }
    expect(await attempt(email, testPassword, address, t0)).toMatchObject({
      reason: "rateLimited",
      retryAfterSeconds: 1,
    });
    const t1 = new Date(t0.getTime() + 1000);
    expect(await attempt(email, "wrong-Password-1", address, t1)).toMatchObject({ reason: "invalid" });
    expect(await attempt(email, testPassword, address, t1)).toMatchObject({
      reason: "rateLimited",
      retryAfterSeconds: 2,
    });
    expect(await attempt(email, testPassword, address, new Date(t1.getTime() + 2000))).toMatchObject({ ok: true });
  });

  it("starts the account-and-address count afresh after a successful sign-in", async () => {
    const email = await account();
    const address = uniqueAddress();
    for (let i = 0; i < free - 1; i += 1) await attempt(email, "wrong-Password-1", address);
    expect(await attempt(email, testPassword, address)).toMatchObject({ ok: true });
    for (let i = 0; i < free; i += 1) {
      expect(await attempt(email, "wrong-Password-1", address)).toMatchObject({ reason: "invalid" });
    }
  });

  it("limits one address across many accounts (password spraying), not other addresses", async () => {
    const email = await account();
    const sprayer = uniqueAddress();
    const perAddress = throttlePolicies["signIn.address"].free;
    // One instant for the whole burst: the growing wait (1 s here) must not lapse while argon2 works.
    const now = new Date();
    const guesses = await Promise.all(
      Array.from({ length: perAddress + 5 }, () => attempt(uniqueEmail("nobody"), "wrong-Password-1", sprayer, now)),
    );
    expect(tally(guesses).checked).toBe(perAddress);
    expect(await attempt(email, testPassword, sprayer, now)).toMatchObject({ ok: false, reason: "rateLimited" });
    expect(await attempt(email, testPassword, uniqueAddress(), now)).toMatchObject({ ok: true });
  });

  it("counts a forged X-Forwarded-For as the socket's address when no proxy is trusted", async () => {
    const email = await account();
    const socketAddress = uniqueAddress();
    const none = parseTrustedProxies("");
    const from = (forwardedFor: string) => clientAddressOf({ socketAddress, forwardedFor }, none);
    for (let i = 0; i < free; i += 1) await attempt(email, "wrong-Password-1", from("203.0.113.20"));
    // The penetration test's next step: the same guesser claims another address.
    expect(await attempt(email, testPassword, from("203.0.113.21"))).toMatchObject({ reason: "rateLimited" });
  });

  it("writes nothing for a refused attempt", async () => {
    const email = await account();
    const address = uniqueAddress();
    for (let i = 0; i < free; i += 1) await attempt(email, "wrong-Password-1", address);
    const before = await db.authThrottle.findMany({ orderBy: [{ scope: "asc" }, { key: "asc" }] });
    expect(await attempt(email, "wrong-Password-1", address)).toMatchObject({ reason: "rateLimited" });
    expect(await db.authThrottle.findMany({ orderBy: [{ scope: "asc" }, { key: "asc" }] })).toEqual(before);
  });

  it("answers an unknown account and a wrong password alike", async () => {
    const address = uniqueAddress();
    expect(await attempt(uniqueEmail("ghost"), testPassword, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(await account(), "wrong-Password-1", address)).toEqual({ ok: false, reason: "invalid" });
  });
});
