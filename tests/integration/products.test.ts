import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteProduct } from "@/lib/products/delete-product";
import { getOwnProduct } from "@/lib/products/get-own-product";
import { listOwnProducts } from "@/lib/products/list-own-products";
import type { ProductInput } from "@/lib/products/schemas";
import { setProductVisibility } from "@/lib/products/set-product-visibility";
import { updateProduct } from "@/lib/products/update-product";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { createOrganizationWithStatus } from "../factories/organizations";
import { createCatalogueWorld, createTestProduct, productInput } from "../factories/products";
import { withTemporaryStorage } from "../factories/storage";

withTemporaryStorage();
let world: Awaited<ReturnType<typeof createCatalogueWorld>>;
beforeAll(async () => {
  world = await createCatalogueWorld();
});

const productAudit = (productId: string) =>
  db.auditLog.findMany({ where: { entityType: "Product", entityId: productId }, orderBy: { createdAt: "asc" } });

describe("creating a product", () => {
  it("stores every field, prices as integer minor units, and writes an audit row", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {
      hsCode: "6201.40.00",
      priceMin: "185,5",
      priceMax: "1 240.99",
    });
    const stored = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(stored).toMatchObject({
      organizationId: world.supplier.organization.id,
      nameZh: "男士羽绒服",
      nameRu: "Пуховик мужской",
      categoryId: world.category.id,
      hsCode: "62014000",
      moq: 300,
      moqUnit: "piece",
      priceMinMinor: 18550n,
      priceMaxMinor: 124099n,
      currency: "CNY",
      leadTimeDays: 35,
      certifications: ["EAC", "OEKO-TEX"],
      visibility: "VISIBLE",
      blockedByEntryId: null,
    });
    expect(await productAudit(product.id)).toEqual([
      expect.objectContaining({
        actorId: world.supplier.actor.id,
        action: "product.created",
        organizationId: world.supplier.organization.id,
      }),
    ]);
  });

  it("treats one price as a single price and empty optional fields as absent", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {
      nameEn: "",
      nameRu: "  ",
      descriptionEn: "",
      priceMax: "",
      priceMin: "12",
      currency: "USD",
      leadTimeDays: "",
      certifications: undefined,
    });
    expect(product).toMatchObject({
      nameEn: null,
      nameRu: null,
      descriptionEn: null,
      priceMinMinor: 1200n,
      priceMaxMinor: 1200n,
      currency: "USD",
      leadTimeDays: null,
      certifications: [],
    });
  });

  it("accepts a name in only one language", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {
      nameZh: "",
      nameEn: "",
      nameRu: "Пуховик женский",
    });
    expect(product.nameRu).toBe("Пуховик женский");
  });

  // Every field's rule, with the message key the form shows next to that field.
  const invalid: [string, Partial<ProductInput>, Record<string, string>][] = [
    ["no name at all", { nameZh: "", nameEn: " ", nameRu: "" }, { nameZh: "productNameRequired" }],
    ["a name too long", { nameZh: "羽".repeat(201) }, { nameZh: "tooLong" }],
    ["an English name too long", { nameEn: "x".repeat(201) }, { nameEn: "tooLong" }],
    ["a description too long", { descriptionRu: "п".repeat(4001) }, { descriptionRu: "tooLong" }],
    ["no category", { categoryId: "" }, { categoryId: "productCategoryRequired" }],
    ["a 5-digit HS code", { hsCode: "62014" }, { hsCode: "productHsCodeInvalid" }],
    ["an 11-digit HS code", { hsCode: "62014000001" }, { hsCode: "productHsCodeInvalid" }],
    ["letters in the HS code", { hsCode: "6201AB" }, { hsCode: "productHsCodeInvalid" }],
    ["an empty HS code", { hsCode: "" }, { hsCode: "productHsCodeInvalid" }],
    ["HS chapter 00", { hsCode: "000000" }, { hsCode: "productHsChapterUnknown" }],
    ["HS chapter 98", { hsCode: "981000" }, { hsCode: "productHsChapterUnknown" }],
    ["reserved HS chapter 77", { hsCode: "770000" }, { hsCode: "productHsChapterUnknown" }],
    ["MOQ zero", { moq: "0" }, { moq: "productMoqInvalid" }],
    ["MOQ with decimals", { moq: "1.5" }, { moq: "productMoqInvalid" }],
    ["MOQ missing", { moq: "" }, { moq: "productMoqInvalid" }],
    ["MOQ negative", { moq: "-3" }, { moq: "productMoqInvalid" }],
    ["an unknown MOQ unit", { moqUnit: "bananas" as never }, { moqUnit: "productUnitRequired" }],
    ["no price", { priceMin: "", priceMax: "" }, { priceMin: "productPriceRequired" }],
    ["a zero price", { priceMin: "0", priceMax: "" }, { priceMin: "productPricePositive" }],
    ["three decimals", { priceMin: "12.345" }, { priceMin: "moneyTooManyDecimals" }],
    ["a price in words", { priceMin: "twelve" }, { priceMin: "moneyInvalid" }],
    ["a negative price", { priceMin: "-12" }, { priceMin: "moneyInvalid" }],
    ["an absurd price", { priceMin: "99999999999" }, { priceMin: "moneyTooLarge" }],
    ["a bad highest price", { priceMax: "1e5" }, { priceMax: "moneyInvalid" }],
    ["an inverted range", { priceMin: "240", priceMax: "185.50" }, { priceMax: "productPriceRangeInverted" }],
    ["an unsupported currency", { currency: "EUR" as never }, { currency: "productCurrencyRequired" }],
    ["a lead time of 0 days", { leadTimeDays: "0" }, { leadTimeDays: "productLeadTimeInvalid" }],
    ["a lead time over a year", { leadTimeDays: "366" }, { leadTimeDays: "productLeadTimeInvalid" }],
    ["a lead time in half days", { leadTimeDays: "2.5" }, { leadTimeDays: "productLeadTimeInvalid" }],
  ];

  it.each(invalid)("refuses %s", async (_label, overrides, expected) => {
    const before = await db.product.count();
    const fields = await expectValidationError(createTestProduct(world.supplier.actor, world.category.id, overrides));
    expect(fields).toMatchObject(expected);
    for (const key of Object.values(fields)) expect(isTranslatedErrorKey(key), key).toBe(true);
    expect(await db.product.count()).toBe(before);
  });

  it.each([
    [
      "a category no published session offers",
      (): string => world.draftCategory.id,
      {},
      "categoryId",
      "categoryUnknown",
    ],
    ["an unknown category", (): string => "no-such-category", {}, "categoryId", "categoryUnknown"],
    [
      "an unknown certification",
      (): string => world.category.id,
      { certifications: ["EAC", "NOPE"] },
      "certifications",
      "productCertificationUnknown",
    ],
  ] as const)("refuses %s", async (_label, category, overrides, field, key) => {
    const error = await expectAppError(
      createTestProduct(world.supplier.actor, category(), overrides as Partial<ProductInput>),
      "VALIDATION",
    );
    expect(error.fields).toEqual({ [field]: key });
    expect(isTranslatedErrorKey(key)).toBe(true);
  });

  it("is for approved suppliers only", async () => {
    const pending = await createOrganizationWithStatus("SUPPLIER", "PENDING");
    const suspended = await createOrganizationWithStatus("SUPPLIER", "SUSPENDED", world.organizer);
    const buyer = await createOrganizationWithStatus("BUYER", "APPROVED", world.organizer);
    await expectAppError(createTestProduct(pending.actor, world.category.id), "FORBIDDEN", "organizationPENDING");
    await expectAppError(createTestProduct(suspended.actor, world.category.id), "FORBIDDEN", "organizationSUSPENDED");
    await expectAppError(createTestProduct(buyer.actor, world.category.id), "FORBIDDEN", "forbidden");
    await expectAppError(createTestProduct(world.organizer, world.category.id), "FORBIDDEN", "forbidden");
  });
});

describe("a supplier's own products only", () => {
  it("cannot read, edit, hide or delete another supplier's product", async () => {
    const theirs = await createTestProduct(world.otherSupplier.actor, world.category.id);
    const me = world.supplier.actor;
    await expectAppError(getOwnProduct(me, theirs.id), "NOT_FOUND", "productNotFound");
    await expectAppError(
      updateProduct(me, theirs.id, productInput(world.category.id, { nameZh: "改名" })),
      "NOT_FOUND",
      "productNotFound",
    );
    await expectAppError(setProductVisibility(me, theirs.id, "HIDDEN_BY_SUPPLIER"), "NOT_FOUND", "productNotFound");
    await expectAppError(deleteProduct(me, theirs.id), "NOT_FOUND", "productNotFound");
    expect((await listOwnProducts(me)).map((p) => p.id)).not.toContain(theirs.id);

    const unchanged = await db.product.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(unchanged).toMatchObject({ nameZh: "男士羽绒服", visibility: "VISIBLE" });
    expect((await productAudit(theirs.id)).map((row) => row.action)).toEqual(["product.created"]);
  });
});

describe("editing, hiding and deleting", () => {
  it("updates the fields and records which ones changed", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id);
    const updated = await updateProduct(
      world.supplier.actor,
      product.id,
      productInput(world.category.id, { moq: "500", priceMin: "170", priceMax: "199.99", currency: "USD" }),
    );
    expect(updated).toMatchObject({ moq: 500, priceMinMinor: 17000n, priceMaxMinor: 19999n, currency: "USD" });
    const audit = await productAudit(product.id);
    expect(audit.at(-1)).toMatchObject({
      action: "product.updated",
      data: { changed: ["moq", "priceMinMinor", "priceMaxMinor", "currency"], imagesAdded: 0, imagesRemoved: 0 },
    });
  });

  it("validates an edit like a new product", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id);
    const fields = await expectValidationError(
      updateProduct(world.supplier.actor, product.id, productInput(world.category.id, { hsCode: "12" })),
    );
    expect(fields).toEqual({ hsCode: "productHsCodeInvalid" });
  });

  it("hides and shows a product again, with an audit row each time", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id);
    await setProductVisibility(world.supplier.actor, product.id, "HIDDEN_BY_SUPPLIER");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).visibility).toBe("HIDDEN_BY_SUPPLIER");
    await setProductVisibility(world.supplier.actor, product.id, "VISIBLE");
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).visibility).toBe("VISIBLE");
    expect((await productAudit(product.id)).map((row) => row.action)).toEqual([
      "product.created",
      "product.hidden",
      "product.unhidden",
    ]);
  });

  it("deletes a product and keeps an audit row of what it was", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id);
    await deleteProduct(world.supplier.actor, product.id);
    expect(await db.product.findUnique({ where: { id: product.id } })).toBeNull();
    expect((await productAudit(product.id)).at(-1)).toMatchObject({
      action: "product.deleted",
      data: { name: "男士羽绒服", hsCode: "6201400000" },
    });
    await expectAppError(deleteProduct(world.supplier.actor, product.id), "NOT_FOUND");
  });

  it("lists the supplier's products newest first", async () => {
    const fresh = await createOrganizationWithStatus("SUPPLIER", "APPROVED", world.organizer);
    const first = await createTestProduct(fresh.actor, world.category.id, { nameZh: "第一款" });
    const second = await createTestProduct(fresh.actor, world.category.id, { nameZh: "第二款" });
    expect((await listOwnProducts(fresh.actor)).map((p) => p.id)).toEqual([second.id, first.id]);
  });
});
