import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { TOTAL_COUNT_LIMIT } from "@/lib/catalogue/total-count";
import { setCategorySynonyms } from "@/lib/categories/set-category-synonyms";
import { parseSearchQuery, productMatchesSql, productRankSql } from "@/lib/search";
import { fillMissingSearchDocuments } from "@/lib/search/product-documents";
import { Prisma } from "@/lib/generated/prisma/client";
import { createCatalogueSession, createExhibitor, insertProduct } from "../factories/catalogue";
import { expectAppError } from "../factories/errors";

let organizer: Actor;
let supplier: Actor;
let sessionId: string;
let categories: Awaited<ReturnType<typeof createCatalogueSession>>["categories"];
let exhibitor: string;

const namesOf = async (q: string) =>
  (await searchCatalogue({ sessionId, q, pageSize: 60 })).hits.map((hit) => hit.nameRu ?? hit.nameZh ?? hit.nameEn);

beforeAll(async () => {
  const world = await createCatalogueSession();
  ({ organizer, categories } = world);
  sessionId = world.session.id;
  const created = await createExhibitor(organizer, sessionId);
  exhibitor = created.organization.id;
  supplier = created.actor;
  const fabric = (names: Partial<Prisma.ProductUncheckedCreateInput>) =>
    insertProduct(exhibitor, categories.fabrics.id, {
      nameEn: null,
      nameZh: null,
      nameRu: null,
      hsCode: "5407520000",
      ...names,
    });
  await fabric({ nameRu: "Хлопковая ткань саржа", nameEn: "Cotton twill fabric", hsCode: "5209320000" });
  await fabric({ nameRu: "Ткань поликоттон", descriptionRu: "65% полиэстер, 35% хлопок." });
  await fabric({ nameZh: "涤棉印花布", descriptionZh: "活性印花。", hsCode: "5513410000" });
  await fabric({ nameEn: "Oxford fabric 600D", descriptionEn: "Polyester with a PU coating." });
});

describe("Russian word forms and derivation", () => {
  it.each(["хлопок", "хлопка", "хлопком", "хлопковый", "Хлопковая"])(
    "%s finds the cotton twill first, then what mentions cotton elsewhere",
    async (q) => {
      const names = await namesOf(q);
      expect(names[0]).toBe("Хлопковая ткань саржа");
      // In the description; and through HS heading 5513 (polyester-cotton blends).
      expect(names.slice(1).sort()).toEqual(["Ткань поликоттон", "涤棉印花布"]);
      expect(names).not.toContain("Oxford fabric 600D");
    },
  );
});

describe("Chinese words, categories and HS codes across languages", () => {
  it("finds a product written only in Chinese by its category in every language", async () => {
    for (const q of ["面料", "ткани", "fabrics"]) expect(await namesOf(q), q).toContain("涤棉印花布");
  });

  it("finds Chinese words inside a name, and products by HS code", async () => {
    expect(await namesOf("印花布")).toEqual(["涤棉印花布"]);
    expect(await namesOf("5209")).toEqual(["Хлопковая ткань саржа"]);
    expect(await namesOf("5209.32")).toEqual(["Хлопковая ткань саржа"]);
  });
});

describe("typos", () => {
  it("tolerates one edit in words of five or more characters", async () => {
    expect(await namesOf("polyestr")).toContain("Oxford fabric 600D");
    expect(await namesOf("сажра")).toEqual([]); // two edits (a swap) is too many
    expect(await namesOf("cottn twill")).toEqual(["Хлопковая ткань саржа"]);
  });

  it("ranks a typo match below any exact match", async () => {
    const rank = async (q: string) => {
      const query = await parseSearchQuery(q);
      const [row] = await db.$queryRaw<{ rank: number }[]>(
        Prisma.sql`SELECT ${productRankSql(query, "p")} AS rank FROM "Product" p WHERE p."nameRu" = 'Хлопковая ткань саржа'`,
      );
      return row!.rank;
    };
    expect(await rank("cottn")).toBeLessThan(1);
    expect(await rank("cotton")).toBeGreaterThanOrEqual(1);
  });
});

describe("category synonyms", () => {
  it("makes a category's products searchable by the organizer's synonyms, and forgets removed ones", async () => {
    expect(await namesOf("мануфактура")).toEqual([]);
    const { products } = await setCategorySynonyms(organizer, {
      categoryId: categories.fabrics.id,
      synonymsEn: "",
      synonymsZh: "织物，布料",
      synonymsRu: "мануфактура\n\n мануфактура ",
    });
    expect(products).toBe(4);
    expect(await namesOf("мануфактуры")).toHaveLength(4);
    expect(await db.categorySynonym.count({ where: { categoryId: categories.fabrics.id } })).toBe(3);

    await setCategorySynonyms(organizer, { categoryId: categories.fabrics.id, synonymsZh: "织物" });
    expect(await namesOf("мануфактура")).toEqual([]);
    expect(await namesOf("织物")).toHaveLength(4);
  });

  it("refuses suppliers, unknown categories and overlong lists, writing nothing", async () => {
    await expectAppError(
      setCategorySynonyms(supplier, { categoryId: categories.fabrics.id, synonymsRu: "ткань" }),
      "FORBIDDEN",
    );
    await expectAppError(setCategorySynonyms(organizer, { categoryId: "nope", synonymsRu: "ткань" }), "NOT_FOUND");
    await expect(
      setCategorySynonyms(organizer, { categoryId: categories.fabrics.id, synonymsRu: "я".repeat(61) }),
    ).rejects.toThrow("categorySynonymTooLong");
    await expect(
      setCategorySynonyms(organizer, {
        categoryId: categories.fabrics.id,
        synonymsEn: Array.from({ length: 31 }, (_, i) => `word${i}`).join(","),
      }),
    ).rejects.toThrow("categorySynonymsTooMany");
    expect(
      (await db.categorySynonym.findMany({ where: { categoryId: categories.fabrics.id } })).map((s) => s.term),
    ).toEqual(["织物"]);
  });
});

describe("missing documents never hide a product", () => {
  it("finds a product without a document the old way, and the backfill writes it", async () => {
    const bare = await insertProduct(
      exhibitor,
      categories.down.id,
      { nameRu: "Пуховик зимний", nameZh: "冬季羽绒服", nameEn: "Winter parka" },
      { searchDocument: false },
    );
    for (const q of ["пуховики", "羽绒", "parkas"]) expect(await namesOf(q), q).toContain("Пуховик зимний");
    expect(await fillMissingSearchDocuments(db)).toBeGreaterThanOrEqual(1);
    const [row] = await db.$queryRaw<{ has: boolean }[]>`
      SELECT "searchDocument" IS NOT NULL AS has FROM "Product" WHERE id = ${bare.id}`;
    expect(row!.has).toBe(true);
    expect(await namesOf("пуховика")).toContain("Пуховик зимний");
  });

  it("matches a product without a document through productMatchesSql too (any SQL over Product)", async () => {
    const bare = await insertProduct(
      exhibitor,
      categories.down.id,
      { nameRu: "Куртка-парка" },
      { searchDocument: false },
    );
    const matching = async (q: string) =>
      (
        await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT p.id FROM "Product" p WHERE ${productMatchesSql(await parseSearchQuery(q), "p")}`,
        )
      ).map((row) => row.id);
    expect(await matching("куртки")).toContain(bare.id);
    expect(await matching("хлопка")).not.toContain(bare.id);
  });

  it("clears a stale document when a text changes without one, and still finds the product", async () => {
    const product = await insertProduct(exhibitor, categories.down.id, { nameRu: "Жилет утеплённый" });
    await db.product.update({ where: { id: product.id }, data: { nameRu: "Жилетка стёганая" } });
    const [row] = await db.$queryRaw<{ missing: boolean }[]>`
      SELECT "searchDocument" IS NULL AS missing FROM "Product" WHERE id = ${product.id}`;
    expect(row!.missing).toBe(true);
    expect(await namesOf("жилетка")).toContain("Жилетка стёганая");
    expect(await namesOf("утеплённый")).not.toContain("Жилетка стёганая");
  });
});

describe("totals", () => {
  it(`counts exactly up to ${TOTAL_COUNT_LIMIT}, then reports ${TOTAL_COUNT_LIMIT + 1} ("1,000+")`, async () => {
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        organizationId: exhibitor,
        categoryId: categories.down.id,
        nameEn: `Bulk anorak ${from + i}`,
        hsCode: "6201400000",
        moq: 10,
        moqUnit: "piece",
        currency: "CNY" as const,
      }));
    await db.product.createMany({ data: rows(0, TOTAL_COUNT_LIMIT) });
    await fillMissingSearchDocuments(db);
    expect((await searchCatalogue({ sessionId, q: "anorak bulk" })).total).toBe(TOTAL_COUNT_LIMIT);
    await db.product.createMany({ data: rows(TOTAL_COUNT_LIMIT, 5) });
    const capped = await searchCatalogue({ sessionId, q: "anorak bulk" });
    expect(capped.total).toBe(TOTAL_COUNT_LIMIT + 1);
    expect(capped.hits).toHaveLength(24);
  });
});
