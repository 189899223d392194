import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import { findNegativeListMatch, type ProductForScreening } from "@/lib/negative-list/check-product";
import { deactivateNegativeListEntry } from "@/lib/negative-list/deactivate-entry";
import { negativeListRefusal } from "@/lib/negative-list/refusal";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { addKeywordEntry, createCategoryTree, insertStoredProduct } from "../factories/negative-list";
import { createApprovedBuyer, createApprovedSupplier } from "../factories/organizations";
import { uniqueSuffix } from "../factories/unique";
import { createInterpreterActor, createOrganizerActor } from "../factories/users";

let organizer: Actor;
let supplier: Awaited<ReturnType<typeof createApprovedSupplier>>;
let tree: Awaited<ReturnType<typeof createCategoryTree>>;

beforeAll(async () => {
  organizer = await createOrganizerActor();
  supplier = await createApprovedSupplier(organizer);
  tree = await createCategoryTree(organizer);
});

/** Screens an unsaved product the way the products domain does, inside a transaction. */
const screen = (product: Partial<ProductForScreening>) =>
  db.$transaction((tx) => findNegativeListMatch(tx, { categoryId: tree.sibling.id, hsCode: "950300", ...product }));

describe("findNegativeListMatch", () => {
  it("matches an HS-code prefix and nothing beside it", async () => {
    const { entry } = await addNegativeListEntry(organizer, {
      kind: "HS_PREFIX",
      hsPrefix: "9301",
      reasonEn: "Military weapons may not be exported through the fair.",
      reasonZh: "军用武器不得通过交易会出口。",
      reasonRu: "Военное оружие не допускается к экспорту через ярмарку.",
    });
    expect(await screen({ hsCode: "93019000" })).toMatchObject({ entryId: entry.id, kind: "HS_PREFIX", rule: "9301" });
    expect(await screen({ hsCode: "930200" })).toBeNull();
    expect(await screen({ hsCode: "619301" })).toBeNull();
  });

  it("matches a Russian keyword in another word form, case-insensitively", async () => {
    const { entry } = await addKeywordEntry(organizer, "пуховик");
    expect(await screen({ nameRu: "Пуховики мужские зимние" })).toMatchObject({
      entryId: entry.id,
      kind: "KEYWORD",
      rule: "пуховик",
    });
    expect(await screen({ nameEn: "Winter coat", descriptionRu: "Тёплый ПУХОВИКОМ не назовёшь" })).toMatchObject({
      entryId: entry.id,
    });
    expect(await screen({ nameRu: "Пух гусиный" })).toBeNull();
  });

  it("matches a Russian phrase in its inflected form", async () => {
    const { entry } = await addKeywordEntry(organizer, "слоновая кость");
    expect(await screen({ nameRu: "Браслет из слоновой кости" })).toMatchObject({ entryId: entry.id });
    expect(await screen({ nameRu: "Кость слоновая" })).toBeNull(); // a phrase keeps its word order
  });

  it("matches an English keyword in another word form", async () => {
    const { entry } = await addKeywordEntry(organizer, "firework");
    expect(await screen({ nameEn: "Assorted FIREWORKS for festivals" })).toMatchObject({ entryId: entry.id });
  });

  it("matches a Chinese keyword inside a longer Chinese word", async () => {
    const { entry } = await addKeywordEntry(organizer, "羽绒");
    expect(await screen({ nameZh: "男士羽绒服" })).toMatchObject({ entryId: entry.id, rule: "羽绒" });
    expect(await screen({ nameZh: "男士棉服", descriptionZh: "填充：90%白鸭羽绒" })).toMatchObject({
      entryId: entry.id,
    });
    expect(await screen({ nameZh: "男士棉服" })).toBeNull();
  });

  it("treats LIKE wildcards in a keyword literally", async () => {
    const { entry } = await addKeywordEntry(organizer, "100%_x");
    expect(await screen({ nameZh: "含100%_X标识的商品" })).toMatchObject({ entryId: entry.id });
    expect(await screen({ nameZh: "1000件起订 ax" })).toBeNull();
  });

  it("matches a whole category and its descendants, not its siblings", async () => {
    const own = await createCategoryTree(organizer);
    const { entry } = await addNegativeListEntry(organizer, {
      kind: "CATEGORY",
      categoryId: own.parent.id,
      reasonZh: "本类目暂停展出。",
    });
    expect(await screen({ categoryId: own.child.id })).toMatchObject({
      entryId: entry.id,
      kind: "CATEGORY",
      rule: own.parent.slug,
      ruleNames: { en: own.parent.nameEn, zh: own.parent.nameZh, ru: own.parent.nameRu },
    });
    expect(await screen({ categoryId: own.parent.id })).toMatchObject({ entryId: entry.id });
    expect(await screen({ categoryId: own.sibling.id })).toBeNull();
  });

  it("ignores deactivated entries", async () => {
    const keyword = `zzq${uniqueSuffix()}`;
    const { entry } = await addKeywordEntry(organizer, keyword);
    expect(await screen({ nameEn: keyword })).toMatchObject({ entryId: entry.id });
    await deactivateNegativeListEntry(organizer, { entryId: entry.id });
    expect(await screen({ nameEn: keyword })).toBeNull();
  });
});

describe("negativeListRefusal", () => {
  it("names the rule and the reason in the reader's language, falling back when a reason is missing", async () => {
    const refusal = negativeListRefusal(
      { entryId: "x", kind: "HS_PREFIX", rule: "9301", reasonEn: "Arms.", reasonZh: "武器。", reasonRu: "" },
      "ru",
    );
    expect(refusal).toMatchObject({
      code: "VALIDATION",
      messageKey: "negativeListHsPrefix",
      fields: { hsCode: "negativeListHsPrefix" },
    });
    expect(refusal.params).toEqual({ rule: "9301", reason: "Arms." });
    const category = negativeListRefusal(
      {
        entryId: "x",
        kind: "CATEGORY",
        rule: "weapons",
        ruleNames: { en: "Weapons", zh: "武器", ru: "Оружие" },
        reasonEn: "",
        reasonZh: "禁止。",
        reasonRu: "Запрещено.",
      },
      "zh",
    );
    expect(category.params).toEqual({ rule: "武器", reason: "禁止。" });
    for (const key of ["negativeListHsPrefix", "negativeListKeyword", "negativeListCategory"]) {
      expect(isTranslatedErrorKey(key), key).toBe(true);
    }
  });
});

const blockState = (id: string) =>
  db.product.findUniqueOrThrow({ where: { id }, select: { blockedByEntryId: true, blockedAt: true } });

describe("adding an entry hides existing products at once", () => {
  it("blocks every matching product in the same transaction and audits each", async () => {
    const keyword = "羽绒服";
    const other = await createApprovedSupplier(organizer);
    const [down, downRu, cotton, downOther] = await Promise.all([
      insertStoredProduct(supplier.organization.id, { categoryId: tree.child.id, nameZh: "女士长款羽绒服" }),
      insertStoredProduct(supplier.organization.id, {
        categoryId: tree.child.id,
        nameRu: "Куртка",
        descriptionZh: "轻薄羽绒服内胆",
      }),
      insertStoredProduct(supplier.organization.id, { categoryId: tree.child.id, nameZh: "女士棉服" }),
      insertStoredProduct(other.organization.id, { categoryId: tree.child.id, nameZh: "儿童羽绒服" }),
    ]);

    const { entry, blockedProductIds } = await addKeywordEntry(organizer, keyword);

    expect(blockedProductIds.sort()).toEqual([down.id, downRu.id, downOther.id].sort());
    for (const id of blockedProductIds) {
      expect(await blockState(id)).toEqual({ blockedByEntryId: entry.id, blockedAt: expect.any(Date) });
    }
    expect(await blockState(cotton.id)).toEqual({ blockedByEntryId: null, blockedAt: null });

    const added = await db.auditLog.findMany({ where: { action: "negativeList.added", entityId: entry.id } });
    expect(added).toEqual([
      expect.objectContaining({
        actorId: organizer.id,
        entityType: "NegativeListEntry",
        data: expect.objectContaining({ kind: "KEYWORD", rule: keyword }),
      }),
    ]);
    expect((added[0].data as { blockedProductIds: string[] }).blockedProductIds.sort()).toEqual(
      blockedProductIds.sort(),
    );
    const perProduct = await db.auditLog.findMany({
      where: { action: "product.blocked", entityId: { in: blockedProductIds } },
    });
    expect(perProduct.map((row) => [row.entityId, row.organizationId]).sort()).toEqual(
      [
        [down.id, supplier.organization.id],
        [downRu.id, supplier.organization.id],
        [downOther.id, other.organization.id],
      ].sort(),
    );
    expect(perProduct.every((row) => row.reason === `Keyword ${keyword} is banned.`)).toBe(true);
  });

  it("leaves a product blocked by an earlier entry attributed to that entry", async () => {
    const product = await insertStoredProduct(supplier.organization.id, {
      categoryId: tree.sibling.id,
      hsCode: "930511",
      nameEn: "Rifle scope",
    });
    const first = await addNegativeListEntry(organizer, {
      kind: "HS_PREFIX",
      hsPrefix: "9305",
      reasonEn: "Arms parts.",
    });
    const second = await addKeywordEntry(organizer, "rifle");
    expect(first.blockedProductIds).toEqual([product.id]);
    expect(second.blockedProductIds).not.toContain(product.id);
    expect((await blockState(product.id)).blockedByEntryId).toBe(first.entry.id);
  });

  it("blocks products of a whole category tree", async () => {
    const own = await createCategoryTree(organizer);
    const [inChild, inSibling] = await Promise.all([
      insertStoredProduct(supplier.organization.id, { categoryId: own.child.id, nameEn: "Jacket" }),
      insertStoredProduct(supplier.organization.id, { categoryId: own.sibling.id, nameEn: "Teddy bear" }),
    ]);
    const { blockedProductIds } = await addNegativeListEntry(organizer, {
      kind: "CATEGORY",
      categoryId: own.parent.id,
      reasonRu: "Категория закрыта.",
    });
    expect(blockedProductIds).toEqual([inChild.id]);
    expect((await blockState(inSibling.id)).blockedByEntryId).toBeNull();
  });

  it("answers keyword entries from the GIN indexes of the search documents", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const { entryMatchesProduct } = await import("@/lib/negative-list/blocking-sql");
      const predicate = entryMatchesProduct({
        id: "x",
        kind: "KEYWORD",
        keyword: "пуховик",
        hsPrefix: null,
        categoryId: null,
      });
      const { Prisma } = await import("@/lib/generated/prisma/client");
      const plan = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT p.id FROM "Product" p WHERE ${predicate}`,
      );
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      for (const index of ["Product_search_ru_idx", "Product_search_en_idx", "Product_search_zh_idx"])
        expect(text).toContain(index);
    });
  });
});

describe("concurrency", () => {
  it("screens a product saved while an entry is being added (the save finishes first, the entry then hides it)", async () => {
    const keyword = `racewidget${uniqueSuffix()}`;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let screened: unknown = "not yet";
    const save = db.$transaction(async (tx) => {
      screened = await findNegativeListMatch(tx, { categoryId: tree.sibling.id, hsCode: "950300", nameEn: keyword });
      await held; // the supplier's save is still in flight while the organizer adds the entry
      return tx.product.create({
        data: {
          organizationId: supplier.organization.id,
          categoryId: tree.sibling.id,
          hsCode: "950300",
          nameEn: keyword,
          moq: 1,
          moqUnit: "piece",
          currency: "CNY",
        },
      });
    });
    while (screened === "not yet") await new Promise((resolve) => setTimeout(resolve, 10));
    const add = addKeywordEntry(organizer, keyword);
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    const product = await save;
    expect(screened).toBeNull();
    expect((await add).blockedProductIds).toEqual([product.id]);
  });
});

describe("deactivating an entry", () => {
  it("shows its products again unless another active entry still matches them", async () => {
    const [ivoryEn, ivoryBoth] = await Promise.all([
      insertStoredProduct(supplier.organization.id, { categoryId: tree.sibling.id, nameEn: "Carved ivory figurine" }),
      insertStoredProduct(supplier.organization.id, {
        categoryId: tree.sibling.id,
        nameEn: "Ivory bracelet",
        nameZh: "象牙手镯",
      }),
    ]);
    const english = await addKeywordEntry(organizer, "ivory");
    const chinese = await addKeywordEntry(organizer, "象牙");
    expect(english.blockedProductIds.sort()).toEqual([ivoryEn.id, ivoryBoth.id].sort());
    expect(chinese.blockedProductIds).toEqual([]);

    const result = await deactivateNegativeListEntry(organizer, { entryId: english.entry.id });

    expect(result.unblockedProductIds).toEqual([ivoryEn.id]);
    expect(await blockState(ivoryEn.id)).toEqual({ blockedByEntryId: null, blockedAt: null });
    expect((await blockState(ivoryBoth.id)).blockedByEntryId).toBe(chinese.entry.id);
    expect(await db.negativeListEntry.findUniqueOrThrow({ where: { id: english.entry.id } })).toMatchObject({
      active: false,
    });

    const audit = await db.auditLog.findMany({
      where: { OR: [{ entityId: english.entry.id }, { entityId: { in: [ivoryEn.id, ivoryBoth.id] } }] },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((row) => `${row.action} ${row.entityId}`)).toEqual(
      expect.arrayContaining([
        `negativeList.deactivated ${english.entry.id}`,
        `product.unblocked ${ivoryEn.id}`,
        `product.blocked ${ivoryBoth.id}`,
      ]),
    );
    const reblock = audit.filter((row) => row.action === "product.blocked" && row.entityId === ivoryBoth.id).at(-1);
    expect(reblock?.data).toMatchObject({ entryId: chinese.entry.id });

    await expectAppError(
      deactivateNegativeListEntry(organizer, { entryId: english.entry.id }),
      "INVALID_STATE",
      "negativeListEntryInactive",
    );
    await expectAppError(
      deactivateNegativeListEntry(organizer, { entryId: "missing" }),
      "NOT_FOUND",
      "negativeListEntryNotFound",
    );
  });
});

describe("managing the list", () => {
  it("validates every field of a new entry", async () => {
    const base = { reasonEn: "Reason." };
    expect(
      await expectValidationError(addNegativeListEntry(organizer, { ...base, kind: "BOGUS" as never })),
    ).toMatchObject({ kind: "negativeListKindRequired" });
    for (const hsPrefix of ["", "9", "93a1", "12345678901"]) {
      expect(
        await expectValidationError(addNegativeListEntry(organizer, { ...base, kind: "HS_PREFIX", hsPrefix })),
      ).toEqual({ hsPrefix: "negativeListHsPrefixInvalid" });
    }
    expect(
      await expectValidationError(
        addNegativeListEntry(organizer, { ...base, kind: "HS_PREFIX", hsPrefix: "9".repeat(41) }),
      ),
    ).toEqual({ hsPrefix: "tooLong" });
    for (const keyword of ["", " ", "a"]) {
      expect(
        await expectValidationError(addNegativeListEntry(organizer, { ...base, kind: "KEYWORD", keyword })),
      ).toEqual({ keyword: "negativeListKeywordInvalid" });
    }
    expect(
      await expectValidationError(
        addNegativeListEntry(organizer, { ...base, kind: "KEYWORD", keyword: "x".repeat(101) }),
      ),
    ).toEqual({ keyword: "tooLong" });
    expect(await expectValidationError(addNegativeListEntry(organizer, { ...base, kind: "CATEGORY" }))).toEqual({
      categoryId: "negativeListCategoryRequired",
    });
    expect(
      await expectValidationError(
        addNegativeListEntry(organizer, { kind: "HS_PREFIX", hsPrefix: "9302", reasonZh: "  " }),
      ),
    ).toEqual({ reasonZh: "negativeListReasonRequired" });
    await expectAppError(
      addNegativeListEntry(organizer, { ...base, kind: "CATEGORY", categoryId: "nope" }),
      "VALIDATION",
      "categoryUnknown",
    );
    for (const key of [
      "negativeListKindRequired",
      "negativeListHsPrefixInvalid",
      "negativeListKeywordInvalid",
      "negativeListCategoryRequired",
      "negativeListReasonRequired",
      "negativeListDuplicate",
      "negativeListEntryNotFound",
      "negativeListEntryInactive",
    ]) {
      expect(isTranslatedErrorKey(key), key).toBe(true);
    }
  });

  it("keeps only the digits of an HS prefix written with dots or spaces", async () => {
    const { entry } = await addNegativeListEntry(organizer, {
      kind: "HS_PREFIX",
      hsPrefix: " 9306.21 ",
      reasonEn: "Ammunition.",
    });
    expect(entry.hsPrefix).toBe("930621");
  });

  it("accepts a one-character Chinese keyword and refuses a duplicate of an active rule", async () => {
    await addKeywordEntry(organizer, "枪");
    await expectAppError(addKeywordEntry(organizer, "枪"), "CONFLICT", "negativeListDuplicate");
    await addKeywordEntry(organizer, "Crossbow");
    await expectAppError(addKeywordEntry(organizer, "crossbow"), "CONFLICT", "negativeListDuplicate");
  });

  it("refuses everyone but organizers and writes nothing", async () => {
    const buyer = await createApprovedBuyer(organizer);
    const interpreter = await createInterpreterActor(organizer);
    const entry = (await addKeywordEntry(organizer, `guarded${uniqueSuffix()}`)).entry;
    const before = [await db.negativeListEntry.count(), await db.auditLog.count()];
    for (const actor of [supplier.actor, buyer.actor, interpreter]) {
      await expectAppError(addKeywordEntry(actor, "anything"), "FORBIDDEN", "forbidden");
      await expectAppError(deactivateNegativeListEntry(actor, { entryId: entry.id }), "FORBIDDEN", "forbidden");
    }
    expect([await db.negativeListEntry.count(), await db.auditLog.count()]).toEqual(before);
  });
});
