import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { ensureDefaultCertificateTypes } from "@/lib/suppliers/ensure-default-certificate-types";
import type { SearchCatalogueInput } from "@/lib/catalogue/schemas";
import { createCatalogueSession, createExhibitor, insertProduct, suspend } from "../factories/catalogue";
import { expectAppError } from "../factories/errors";

let organizer: Actor;
let sessionId: string;
let categories: Awaited<ReturnType<typeof createCatalogueSession>>["categories"];
let ningbo: string; // an approved exhibitor in Ningbo
let hangzhou: string; // an approved exhibitor in Hangzhou

const search = (input: Omit<SearchCatalogueInput, "sessionId">) => searchCatalogue({ sessionId, ...input });
const namesOf = async (input: Omit<SearchCatalogueInput, "sessionId">) =>
  (await search({ pageSize: 60, ...input })).hits.map((hit) => hit.nameEn);

beforeAll(async () => {
  const world = await createCatalogueSession();
  ({ organizer, categories } = world);
  sessionId = world.session.id;
  ningbo = (await createExhibitor(organizer, sessionId, { city: "Ningbo" })).organization.id;
  hangzhou = (await createExhibitor(organizer, sessionId, { city: "Hangzhou" })).organization.id;
});

describe("text search", () => {
  beforeAll(async () => {
    await insertProduct(ningbo, categories.down.id, {
      nameZh: "男士羽绒服",
      nameEn: "Men's parka",
      nameRu: "Пуховики мужские",
      descriptionEn: "Insulated jackets with a detachable hood.",
    });
    await insertProduct(hangzhou, categories.fabrics.id, {
      nameZh: "涤纶牛津布",
      nameEn: "Oxford fabric",
      nameRu: "Ткань оксфорд",
      descriptionZh: "适用于羽绒服里布。",
      hsCode: "5407520000",
    });
  });

  it("finds Chinese text inside a longer Chinese name, and in descriptions", async () => {
    expect(await namesOf({ q: "羽绒服" })).toEqual(["Men's parka", "Oxford fabric"]);
  });

  it("finds one- and two-character Chinese text, which trigrams cannot index", async () => {
    expect(await namesOf({ q: "羽绒" })).toEqual(["Men's parka", "Oxford fabric"]);
    expect(await namesOf({ q: "布" })).toEqual(["Oxford fabric"]);
  });

  it("finds Russian words in other forms", async () => {
    for (const q of ["пуховик", "пуховиков", "Пуховики", "мужской пуховик"]) {
      // The oxford's Chinese description (适用于羽绒服里布, for down-jacket linings) may follow: пуховик = 羽绒服.
      expect((await namesOf({ q }))[0], q).toEqual("Men's parka");
    }
    expect(await namesOf({ q: "мужской пуховик" })).toEqual(["Men's parka"]);
    expect(await namesOf({ q: "ткани" })).toEqual(["Oxford fabric"]);
  });

  it("finds English stems and ranks a name match above a description match", async () => {
    expect(await namesOf({ q: "jacket" })).toEqual(["Men's parka"]);
    expect(await namesOf({ q: "fabrics" })).toEqual(["Oxford fabric"]);
    // A Chinese name hit (weight A) beats a description-only hit (weight C).
    expect(await namesOf({ q: "羽绒服", sort: "relevance" })).toEqual(["Men's parka", "Oxford fabric"]);
  });

  it("treats LIKE wildcards in the query as plain text", async () => {
    expect(await namesOf({ q: "%" })).toEqual([]);
    expect(await namesOf({ q: "_" })).toEqual([]);
  });
});

describe("visibility", () => {
  it("never shows hidden, blocked, foreign-category or non-exhibiting suppliers' products", async () => {
    const world = await createCatalogueSession();
    const s = world.session.id;
    const visible = await createExhibitor(world.organizer, s);
    const suspended = await createExhibitor(world.organizer, s);
    const pending = await createExhibitor(world.organizer, s, { registration: "PENDING" });
    const unregistered = await createExhibitor(world.organizer, s, { registration: "NONE" });
    const entry = await db.negativeListEntry.create({
      data: {
        kind: "KEYWORD",
        keyword: "test",
        reasonEn: "Test",
        reasonZh: "测试",
        reasonRu: "Тест",
        createdById: world.organizer.id,
      },
    });
    const down = world.categories.down.id;
    await insertProduct(visible.organization.id, down, { nameEn: "Visible" });
    await insertProduct(visible.organization.id, down, { nameEn: "Hidden", visibility: "HIDDEN_BY_SUPPLIER" });
    await insertProduct(visible.organization.id, down, { nameEn: "Blocked", blockedByEntryId: entry.id });
    await insertProduct(visible.organization.id, world.categories.toys.id, { nameEn: "Other category" });
    await insertProduct(suspended.organization.id, down, { nameEn: "Suspended supplier" });
    await insertProduct(pending.organization.id, down, { nameEn: "Pending registration" });
    await insertProduct(unregistered.organization.id, down, { nameEn: "Not registered" });
    await suspend(world.organizer, suspended.organization.id);

    // "jacket" is in no product text: it reaches "Visible" through its HS heading 6201 (lib/search/hs-chapters.ts).
    for (const q of [undefined, "羽绒服", "пуховик", "jacket"]) {
      const result = await searchCatalogue({ sessionId: s, q });
      expect(
        result.hits.map((hit) => hit.nameEn),
        String(q),
      ).toEqual(["Visible"]);
    }
  });

  it("needs no sign-in but answers only for sessions of published fairs", async () => {
    const draft = await createCatalogueSession({ publish: false });
    await expectAppError(searchCatalogue({ sessionId: draft.session.id }), "NOT_FOUND", "sessionNotFound");
    await expectAppError(searchCatalogue({ sessionId: "no-such-session" }), "NOT_FOUND", "sessionNotFound");
  });
});

describe("filters", () => {
  let world: Awaited<ReturnType<typeof createCatalogueSession>>;
  beforeAll(async () => {
    await ensureDefaultCertificateTypes();
    world = await createCatalogueSession();
    const s = world.session.id;
    const certified = await createExhibitor(world.organizer, s, { city: "Shaoxing" });
    const expired = await createExhibitor(world.organizer, s, { city: "Ningbo" });
    await db.certificate.create({
      data: {
        organizationId: certified.organization.id,
        typeCode: "EAC",
        number: "RU C-CN.1",
        expiresOn: new Date("2099-01-01"),
      },
    });
    await db.certificate.create({
      data: {
        organizationId: expired.organization.id,
        typeCode: "EAC",
        number: "RU C-CN.2",
        expiresOn: new Date("2020-01-01"),
      },
    });
    const [down, fabrics] = [world.categories.down.id, world.categories.fabrics.id];
    await insertProduct(certified.organization.id, down, { nameEn: "A", moq: 50 });
    await insertProduct(expired.organization.id, down, { nameEn: "B", moq: 500, certifications: ["OEKO-TEX"] });
    await insertProduct(expired.organization.id, fabrics, { nameEn: "C", moq: 1000, certifications: ["EAC"] });
  }, 60_000);

  const names = async (input: Omit<SearchCatalogueInput, "sessionId">) =>
    (await searchCatalogue({ sessionId: world.session.id, sort: "newest", ...input })).hits.map((h) => h.nameEn).sort();

  it("by category", async () => {
    expect(await names({ categoryIds: [world.categories.fabrics.id] })).toEqual(["C"]);
    expect(await names({ categoryIds: [world.categories.down.id, world.categories.fabrics.id] })).toEqual([
      "A",
      "B",
      "C",
    ]);
    expect(await names({ categoryIds: [world.categories.toys.id] })).toEqual([]);
  });

  it("by certification: the product's own, or a valid certificate of its supplier", async () => {
    expect(await names({ certification: "EAC" })).toEqual(["A", "C"]);
    expect(await names({ certification: "OEKO-TEX" })).toEqual(["B"]);
  });

  it("by maximum MOQ, inclusive", async () => {
    expect(await names({ moqMax: 500 })).toEqual(["A", "B"]);
    expect(await names({ moqMax: "49" })).toEqual([]);
  });

  it("by supplier city", async () => {
    expect(await names({ city: "Shaoxing" })).toEqual(["A"]);
    expect(await names({ city: "Ningbo", moqMax: 500 })).toEqual(["B"]);
  });
});

describe("prices across currencies (1 USD = 7.20 CNY = 90.00 RUB)", () => {
  let world: Awaited<ReturnType<typeof createCatalogueSession>>;
  beforeAll(async () => {
    world = await createCatalogueSession();
    const supplier = (await createExhibitor(world.organizer, world.session.id)).organization.id;
    const down = world.categories.down.id;
    // In US cents: P1 1000, P2 1200, P3 1500, P4 2000–3000, P5 no comparable price.
    await insertProduct(supplier, down, { nameEn: "P1", currency: "CNY", priceMinMinor: 7200n, priceMaxMinor: 7200n });
    await insertProduct(supplier, down, { nameEn: "P2", currency: "USD", priceMinMinor: 1200n, priceMaxMinor: null });
    await insertProduct(supplier, down, {
      nameEn: "P3",
      currency: "RUB",
      priceMinMinor: 135000n,
      priceMaxMinor: 135000n,
    });
    await insertProduct(supplier, down, {
      nameEn: "P4",
      currency: "CNY",
      priceMinMinor: 14400n,
      priceMaxMinor: 21600n,
    });
    await insertProduct(supplier, down, { nameEn: "P5", currency: "CNY", priceMinMinor: null, priceMaxMinor: null });
  }, 60_000);

  const names = async (input: Omit<SearchCatalogueInput, "sessionId">) =>
    (await searchCatalogue({ sessionId: world.session.id, sort: "price", ...input })).hits.map((h) => h.nameEn);

  it("sorts by the converted lowest price, unpriced products last", async () => {
    expect(await names({})).toEqual(["P1", "P2", "P3", "P4", "P5"]);
  });

  it("keeps products whose price range meets the wanted range, bounds inclusive", async () => {
    // $12.00 and below: P1 ($10) and P2 (exactly $12).
    expect(await names({ priceMax: "12", priceCurrency: "USD" })).toEqual(["P1", "P2"]);
    // 1080–1350 RUB is $12.00–$15.00: P2 and P3.
    expect(await names({ priceMin: "1080", priceMax: "1 350", priceCurrency: "RUB" })).toEqual(["P2", "P3"]);
    // From 150 CNY ($20.83): P4, whose range reaches $30.
    expect(await names({ priceMin: "150", priceCurrency: "CNY" })).toEqual(["P4"]);
    // Up to 72.00 CNY is $10.00 exactly: P1 only.
    expect(await names({ priceMax: "72.00", priceCurrency: "CNY" })).toEqual(["P1"]);
    expect(await names({ priceMax: "71.99", priceCurrency: "CNY" })).toEqual([]);
  });

  it("cannot compare a currency without a rate", async () => {
    const noRates = await createCatalogueSession({ rates: false });
    const supplier = (await createExhibitor(noRates.organizer, noRates.session.id)).organization.id;
    await insertProduct(supplier, noRates.categories.down.id, { nameEn: "Yuan", currency: "CNY" });
    await insertProduct(supplier, noRates.categories.down.id, {
      nameEn: "Dollar",
      currency: "USD",
      priceMinMinor: 500n,
    });
    const result = await searchCatalogue({ sessionId: noRates.session.id, priceMax: "100", priceCurrency: "USD" });
    expect(result.hits.map((h) => h.nameEn)).toEqual(["Dollar"]);
  });
});

describe("stable pagination", () => {
  let world: Awaited<ReturnType<typeof createCatalogueSession>>;
  const sameMoment = new Date("2026-10-01T08:00:00.000Z");
  beforeAll(async () => {
    world = await createCatalogueSession();
    const supplier = (await createExhibitor(world.organizer, world.session.id)).organization.id;
    // Seven products with the same creation time, price and relevance: only the id tells them apart.
    for (let i = 0; i < 7; i++) {
      await insertProduct(supplier, world.categories.down.id, { nameEn: `Same ${i}`, createdAt: sameMoment });
    }
  }, 60_000);

  for (const sort of ["newest", "price", "relevance"] as const) {
    it(`walks ${sort} pages of 3 across equal sort keys without repeats or gaps, forwards and back`, async () => {
      const base = { sessionId: world.session.id, sort, pageSize: 3, q: sort === "relevance" ? "羽绒服" : undefined };
      const pages = [];
      let cursor: string | undefined;
      do {
        const page = await searchCatalogue({ ...base, cursor });
        expect(page.total).toBe(7);
        pages.push(page);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const ids = pages.flatMap((page) => page.hits.map((hit) => hit.id));
      expect(pages.map((page) => page.hits.length)).toEqual([3, 3, 1]);
      expect(new Set(ids).size).toBe(7);
      const all = await searchCatalogue({ ...base, pageSize: 10 });
      expect(ids).toEqual(all.hits.map((hit) => hit.id));
      expect(pages[0].previousCursor).toBeNull();

      // Back from the last page gives the middle page again, and it knows a page precedes it.
      const back = await searchCatalogue({ ...base, cursor: pages[2].previousCursor! });
      expect(back.hits.map((hit) => hit.id)).toEqual(pages[1].hits.map((hit) => hit.id));
      expect(back.previousCursor).not.toBeNull();
      const first = await searchCatalogue({ ...base, cursor: back.previousCursor! });
      expect(first.hits.map((hit) => hit.id)).toEqual(pages[0].hits.map((hit) => hit.id));
      expect(first.previousCursor).toBeNull();
    });
  }

  it("ignores a cursor of another sort order or a forged one and starts at the first page", async () => {
    const newest = await searchCatalogue({ sessionId: world.session.id, sort: "newest", pageSize: 3 });
    const price = await searchCatalogue({
      sessionId: world.session.id,
      sort: "price",
      pageSize: 3,
      cursor: newest.nextCursor!,
    });
    expect(price.previousCursor).toBeNull();
    const forged = await searchCatalogue({
      sessionId: world.session.id,
      sort: "newest",
      cursor: "eyJzIjoibmV3ZXN0In0",
    });
    expect(forged.hits).toHaveLength(7);
  });
});
