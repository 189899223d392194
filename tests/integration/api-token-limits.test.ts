/**
 * API tokens (penetration test finding 8, token part): only approved organizations'
 * people (and staff) get tokens, and the request limit is per person, not per token.
 */
import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { hitApiRateLimit } from "@/lib/api/rate-limit";
import { db } from "@/lib/db";
import { expectAppError } from "../factories/errors";
import { createOrganizationWithStatus } from "../factories/organizations";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

describe("API token creation", () => {
  it.each(["PENDING", "REJECTED", "SUSPENDED"] as const)(
    "refuses a %s organization, writing nothing",
    async (status) => {
      const { actor } = await createOrganizationWithStatus("SUPPLIER", status);
      await expectAppError(createApiToken(actor, { name: "CRM" }), "FORBIDDEN", "apiTokenOrganizationNotApproved");
      expect(await db.apiToken.count({ where: { userId: actor.id } })).toBe(0);
    },
  );

  it("gives tokens to an approved organization, an organizer and an interpreter", async () => {
    const { actor } = await createOrganizationWithStatus("BUYER", "APPROVED");
    const organizer = await createOrganizerActor();
    for (const person of [actor, organizer, await createInterpreterActor(organizer)]) {
      expect((await createApiToken(person, { name: "CRM" })).token).toMatch(/^fb_/);
    }
  });
});

describe("API rate limit", () => {
  it("counts all of a person's tokens against one budget", async () => {
    const { actor } = await createOrganizationWithStatus("BUYER", "APPROVED");
    const first = await createApiToken(actor, { name: "one" });
    const second = await createApiToken(actor, { name: "two" });
    const now = new Date("2026-03-01T10:00:10Z");
    const hit = (tokenId: string) => hitApiRateLimit(tokenId, { now, limit: 3 });
    expect(await hit(first.id)).toEqual({ allowed: true });
    expect(await hit(second.id)).toEqual({ allowed: true });
    expect(await hit(first.id)).toEqual({ allowed: true });
    expect(await hit(second.id)).toEqual({ allowed: false, retryAfterSeconds: 50 });

    const { actor: other } = await createOrganizationWithStatus("BUYER", "APPROVED");
    expect(await hit((await createApiToken(other, { name: "own" })).id)).toEqual({ allowed: true });
  });
});
