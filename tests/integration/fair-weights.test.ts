import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { getFairWeights } from "@/lib/matching/list-matching-sessions";
import { resetFairWeights, setFairWeights } from "@/lib/matching/set-fair-weights";
import { defaultMatchWeights } from "@/lib/matching/weights";
import type { SetFairWeightsInput } from "@/lib/matching/schemas";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createMatchingWorld, organizerOfAnotherHost, type MatchingWorld } from "../factories/match-world";

let world: MatchingWorld;

beforeAll(async () => {
  world = await createMatchingWorld();
});
afterAll(() => stopBoss());

// The form sends every weight as a string.
const form = (overrides: Record<string, string> = {}) =>
  ({
    fairId: world.fair.id,
    ...Object.fromEntries(Object.entries(defaultMatchWeights).map(([factor, weight]) => [factor, String(weight)])),
    ...overrides,
  }) as SetFairWeightsInput;

describe("an organizer tunes the factor weights of a fair", () => {
  it("stores them, audits the change and queues a refresh of the fair's match tables", async () => {
    const result = await setFairWeights(world.organizer, form({ text: "50", verified: "0" }));
    expect(result.weights).toEqual({ ...defaultMatchWeights, text: 50, verified: 0 });
    expect(await getFairWeights(world.organizer, world.fair.id)).toMatchObject({
      weights: { ...defaultMatchWeights, text: 50, verified: 0 },
      tuned: true,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: world.fair.id, action: "fair.match-weights-set" },
    });
    expect(audit).toMatchObject({
      actorId: world.organizer.id,
      data: { from: defaultMatchWeights, to: { ...defaultMatchWeights, text: 50, verified: 0 } },
    });
    expect(await db.matchTableRun.findUnique({ where: { sessionId: world.session.id } })).toMatchObject({
      status: "QUEUED",
    });
  });

  it("resets to the defaults (stored as null)", async () => {
    await resetFairWeights(world.organizer, { fairId: world.fair.id });
    const fair = await db.fair.findUniqueOrThrow({ where: { id: world.fair.id } });
    expect(fair.matchWeights).toBeNull();
    expect(await getFairWeights(world.organizer, world.fair.id)).toMatchObject({
      weights: defaultMatchWeights,
      tuned: false,
    });
    expect(await db.auditLog.count({ where: { entityId: world.fair.id, action: "fair.match-weights-reset" } })).toBe(1);
  });

  it("rejects weights out of range, fractional or all zero, and changes nothing", async () => {
    for (const [value, key] of [
      ["101", "weightRange"],
      ["-1", "weightRange"],
      ["2.5", "weightInteger"],
    ]) {
      expect(await expectValidationError(setFairWeights(world.organizer, form({ price: value })))).toEqual({
        price: key,
      });
    }
    const zeros = Object.fromEntries(Object.keys(defaultMatchWeights).map((factor) => [factor, "0"]));
    expect(await expectValidationError(setFairWeights(world.organizer, form(zeros)))).toEqual({
      form: "weightsAllZero",
    });
    expect((await db.fair.findUniqueOrThrow({ where: { id: world.fair.id } })).matchWeights).toBeNull();
    for (const key of ["weightRange", "weightInteger", "weightsAllZero"]) expect(isTranslatedErrorKey(key)).toBe(true);
  });

  it("is for organizers of the hosting organization only", async () => {
    await expectAppError(setFairWeights(world.buyer.actor, form()), "FORBIDDEN", "forbidden");
    await expectAppError(setFairWeights(world.supplier.actor, form()), "FORBIDDEN", "forbidden");
    const stranger = await organizerOfAnotherHost();
    await expectAppError(setFairWeights(stranger, form({ text: "1" })), "NOT_FOUND", "fairNotFound");
    await expectAppError(resetFairWeights(stranger, { fairId: world.fair.id }), "NOT_FOUND", "fairNotFound");
    await expectAppError(getFairWeights(stranger, world.fair.id), "NOT_FOUND", "fairNotFound");
    expect((await db.fair.findUniqueOrThrow({ where: { id: world.fair.id } })).matchWeights).toBeNull();
  });
});
