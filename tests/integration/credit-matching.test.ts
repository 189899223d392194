/**
 * Credit as a named matching factor: each supplier's credit score ÷ 100 with the fair's
 * `credit` weight; a warning lowers it (and the pair's score), the buyer's reason never
 * states the score, and an organizer who sets the weight to 0 takes it out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopBoss } from "@/lib/jobs/boss";
import { creditOf } from "@/lib/credit/load-credit";
import { takeSanction } from "@/lib/credit/take-sanction";
import { recommendSuppliers } from "@/lib/matching/recommend-suppliers";
import { resetFairWeights, setFairWeights } from "@/lib/matching/set-fair-weights";
import { defaultMatchWeights } from "@/lib/matching/weights";
import { scoreOf } from "@/lib/matching/score";
import type { SetFairWeightsInput } from "@/lib/matching/schemas";
import { createJacketFairWorld } from "../factories/matching-engine";

let world: Awaited<ReturnType<typeof createJacketFairWorld>>;

beforeAll(async () => {
  world = await createJacketFairWorld();
});
afterAll(() => stopBoss());

async function bestPair() {
  const { recommendations } = await recommendSuppliers(world.buyer.actor, world.requirementId);
  return recommendations.find((r) => r.supplier.id === world.suppliers.best.organization.id)!;
}

describe("the credit factor", () => {
  it("carries the supplier's credit score with the fair's weight, and drops after a warning", async () => {
    const id = world.suppliers.best.organization.id;
    const before = await bestPair();
    const credit = before.factors.find((f) => f.factor === "credit")!;
    const score = (await creditOf([id])).get(id)!.score;
    expect(credit).toMatchObject({ value: score / 100, weight: defaultMatchWeights.credit });
    expect(credit.reason.params).toBeUndefined(); // the buyer never reads the score
    expect(["credit.good", "credit.counted"]).toContain(credit.reason.key);

    await takeSanction(world.organizer, { organizationId: id, kind: "warning", reason: "Late twice" });
    await takeSanction(world.organizer, { organizationId: id, kind: "warning", reason: "Late again" });
    const after = await bestPair();
    const lowered = after.factors.find((f) => f.factor === "credit")!;
    expect(lowered.value!).toBeLessThan(credit.value!);
    expect(lowered.reason.key).toBe("credit.counted");
    expect(after.score).toBeLessThanOrEqual(before.score);

    // Weighted 0 by the organizer: out of the score, which then no longer depends on it.
    const form = Object.fromEntries(
      Object.entries({ ...defaultMatchWeights, credit: 0 }).map(([factor, weight]) => [factor, String(weight)]),
    );
    await setFairWeights(world.organizer, { fairId: world.session.fairId, ...form } as SetFairWeightsInput);
    const off = await bestPair();
    expect(off.factors.find((f) => f.factor === "credit")?.weight).toBe(0);
    expect(off.score).toBe(scoreOf(off.factors.filter((f) => f.factor !== "credit")));
    await resetFairWeights(world.organizer, { fairId: world.session.fairId });
  });
});
