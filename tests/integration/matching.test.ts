import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { stopBoss } from "@/lib/jobs/boss";
import { requestMatchTableRefresh } from "@/lib/jobs/match-table-queue";
import { startMatchTableWorker } from "@/lib/jobs/match-table-worker";
import { listMatchTable, getMatchTableStatus } from "@/lib/matching/list-match-table";
import { recommendBuyers } from "@/lib/matching/recommend-buyers";
import { recommendSuppliers } from "@/lib/matching/recommend-suppliers";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { createJacketFairWorld } from "../factories/matching-engine";
import { createApprovedBuyer } from "../factories/organizations";
import { requirementForm } from "../factories/requirements";
import { expectAppError } from "../factories/errors";

let world: Awaited<ReturnType<typeof createJacketFairWorld>>;

beforeAll(async () => {
  process.env.MATCH_TABLE_DEBOUNCE_SECONDS = "0";
  world = await createJacketFairWorld();
});

afterAll(async () => {
  await stopBoss();
});

const reasonKeys = (factors: { reason: { key: string } }[]) => factors.map((factor) => factor.reason.key);

describe("recommendSuppliers", () => {
  it("ranks first the supplier a person would pick, and its reasons say why", async () => {
    const { recommendations, session } = await recommendSuppliers(world.buyer.actor, world.requirementId);
    expect(session?.id).toBe(world.session.id);
    expect(recommendations[0].supplier.id).toBe(world.suppliers.best.organization.id);
    const best = recommendations[0];
    expect(reasonKeys(best.factors)).toEqual(
      expect.arrayContaining([
        "category.subcategory",
        "moq.fits",
        "price.withinTarget",
        "certifications.held",
        "verified.yes",
      ]),
    );
    // "Мужские пуховики, наполнитель утиный пух …" vs "Пуховик мужской … утиного пуха": the stems meet.
    const text = best.factors.find((f) => f.factor === "text")!;
    expect(text.reason.params?.matched).toBeGreaterThanOrEqual(4);
    const raincoat = recommendations.find((r) => r.supplier.id === world.suppliers.unrelated.organization.id)!;
    expect(raincoat.factors.find((f) => f.factor === "text")?.reason.key).toBe("text.none");
    expect(best.products[0].id).toBe(world.products.best);
    expect(best.reactions).toEqual({ buyer: null, supplier: null, mutual: false });

    const weaker = recommendations.find((r) => r.supplier.id === world.suppliers.expired.organization.id)!;
    expect(weaker.score).toBeLessThan(best.score);
    expect(weaker.factors.find((f) => f.factor === "certifications")?.reason).toEqual({
      key: "certifications.expired",
      params: { cert: "EAC", expiredOn: "2024-12-31", onDay: expect.any(String) },
    });
    expect(reasonKeys(weaker.factors)).toContain("price.farAboveTarget");
  });

  it("never shows hidden or blocked products, nor suspended or unapproved suppliers", async () => {
    const { recommendations } = await recommendSuppliers(world.buyer.actor, world.requirementId);
    const ids = recommendations.map((r) => r.supplier.id);
    expect(ids).toEqual(
      expect.arrayContaining([world.suppliers.best.organization.id, world.suppliers.unrelated.organization.id]),
    );
    for (const excluded of world.excluded) expect(ids).not.toContain(excluded);
  });

  it("answers only the owning buyer and organizers", async () => {
    await expect(recommendSuppliers(world.organizer, world.requirementId)).resolves.toMatchObject({
      session: { id: world.session.id },
    });
    const otherBuyer = await createApprovedBuyer(world.organizer);
    await expectAppError(recommendSuppliers(otherBuyer.actor, world.requirementId), "NOT_FOUND");
    await expectAppError(recommendSuppliers(world.suppliers.best.actor, world.requirementId), "FORBIDDEN");
  });

  it("lowers a supplier the buyer marked not relevant for another requirement", async () => {
    const before = await scoreOf(world.buyer.actor, world.requirementId, world.suppliers.unrelated.organization.id);
    const other = await createRequirement(
      world.buyer.actor,
      requirementForm(world.category.id, { textRu: "Пуховые жилеты" }),
    );
    await db.matchReaction.create({
      data: {
        requirementId: other.id,
        supplierOrgId: world.suppliers.unrelated.organization.id,
        side: "BUYER",
        kind: "NOT_RELEVANT",
      },
    });
    const after = await recommendSuppliers(world.buyer.actor, world.requirementId);
    const pair = after.recommendations.find((r) => r.supplier.id === world.suppliers.unrelated.organization.id)!;
    expect(pair.factors.find((f) => f.factor === "feedback")?.reason.key).toBe("feedback.sameSupplier");
    expect(pair.score).toBeLessThan(before);
  });
});

describe("recommendBuyers (supplier side)", () => {
  it("shows the requirement without the buyer's target price", async () => {
    const recommendations = await recommendBuyers(world.suppliers.best.actor, { sessionId: world.session.id });
    const entry = recommendations.find((r) => r.requirement.id === world.requirementId)!;
    expect(entry.buyer.id).toBe(world.buyer.organization.id);
    expect(entry.factors.find((f) => f.factor === "price")).toMatchObject({
      value: null,
      reason: { key: "price.private" },
    });
    const json = JSON.stringify(recommendations, (_key, value) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(json).not.toContain("45.50");
    expect(json).not.toContain("4550");
    expect(json).not.toMatch(/targetPrice/);
    expect(json).not.toMatch(/withinTarget|aboveTarget/);
  });

  it("lets an organizer look as a given supplier, and nobody else", async () => {
    const list = await recommendBuyers(world.organizer, { supplierOrgId: world.suppliers.best.organization.id });
    expect(list.map((r) => r.requirement.id)).toContain(world.requirementId);
    await expectAppError(recommendBuyers(world.buyer.actor, {}), "FORBIDDEN");
  });
});

describe("the session match table in the background", () => {
  it("a refresh request is computed by a pg-boss worker into MatchScore", async () => {
    await startMatchTableWorker();
    await requestMatchTableRefresh(world.session.id);
    const status = await waitFor(async () => {
      const current = await getMatchTableStatus(world.session.id);
      return current.status === "DONE" ? current : null;
    });
    expect(status.pairs).toBeGreaterThan(0);

    const table = await listMatchTable(world.organizer, world.session.id, { sort: "score", pageSize: 200 });
    const forRequirement = table.rows.filter((row) => row.requirement.id === world.requirementId);
    expect(forRequirement[0].supplier.id).toBe(world.suppliers.best.organization.id);
    expect(reasonKeys(forRequirement[0].factors)).toContain("certifications.held");
    const suppliers = table.rows.map((row) => row.supplier.id);
    for (const excluded of world.excluded) expect(suppliers).not.toContain(excluded);
    expect(table.status.status).toBe("DONE");

    // The same factor functions: the table agrees with the live recommendation.
    const live = await recommendSuppliers(world.organizer, world.requirementId);
    expect(forRequirement.map((row) => [row.supplier.id, row.score])).toEqual(
      live.recommendations.map((r) => [r.supplier.id, r.score]),
    );
  });

  it("filters and pages for organizers only", async () => {
    const filtered = await listMatchTable(world.organizer, world.session.id, {
      supplierOrgId: world.suppliers.best.organization.id,
      minScore: 1,
    });
    expect(filtered.rows.every((row) => row.supplier.id === world.suppliers.best.organization.id)).toBe(true);
    const mutual = await listMatchTable(world.organizer, world.session.id, { mutualOnly: true });
    expect(mutual.rows).toEqual([]);
    await expectAppError(listMatchTable(world.buyer.actor, world.session.id), "FORBIDDEN");
  });
});

async function scoreOf(actor: Actor, requirementId: string, supplierId: string): Promise<number> {
  const { recommendations } = await recommendSuppliers(actor, requirementId);
  return recommendations.find((r) => r.supplier.id === supplierId)!.score;
}

/** Polls the database until `probe` returns a value (the worker runs in the background). */
async function waitFor<T>(probe: () => Promise<T | null>, attempts = 300): Promise<T> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the match table was not computed");
}
