import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { NegativeListKind } from "@/lib/generated/prisma/enums";
import { updateProduct } from "@/lib/products/update-product";
import { expectAppError } from "../factories/errors";
import { upload } from "../factories/product-images";
import { createCatalogueWorld, createTestProduct, productInput } from "../factories/products";
import { withTemporaryStorage } from "../factories/storage";

// The entries are inserted directly, as rows, so this file tests the products
// side of the negative list independently of the organizers' console.
const storage = withTemporaryStorage();
let world: Awaited<ReturnType<typeof createCatalogueWorld>>;
beforeAll(async () => {
  world = await createCatalogueWorld();
});

function insertEntry(kind: NegativeListKind, rule: { hsPrefix?: string; keyword?: string; categoryId?: string }) {
  return db.negativeListEntry.create({
    data: {
      kind,
      ...rule,
      reasonEn: "Ivory trade is banned under CITES.",
      reasonZh: "根据《濒危野生动植物种国际贸易公约》，禁止象牙贸易。",
      reasonRu: "Торговля слоновой костью запрещена конвенцией СИТЕС.",
      createdById: world.organizer.id,
    },
  });
}

async function snapshot() {
  return {
    products: await db.product.count(),
    images: await db.productImage.count(),
    audit: await db.auditLog.count({ where: { entityType: "Product" } }),
    files: await storage.keys(),
  };
}

describe("the negative list refuses a product and nothing is saved", () => {
  it("refuses a Chinese keyword, in the supplier's language, with its images left unstored", async () => {
    const entry = await insertEntry("KEYWORD", { keyword: "象牙" });
    try {
      const before = await snapshot();
      const error = await expectAppError(
        createTestProduct(
          world.supplier.actor,
          world.category.id,
          { nameZh: "象牙雕刻摆件", nameEn: "Carved ornament", nameRu: "Резная статуэтка", hsCode: "9601100000" },
          { images: [await upload("png"), await upload("jpeg")], locale: "zh" },
        ),
        "VALIDATION",
      );
      expect(error.messageKey).toBe("negativeListKeyword");
      expect(error.params).toEqual({ rule: "象牙", reason: "根据《濒危野生动植物种国际贸易公约》，禁止象牙贸易。" });
      expect(await snapshot()).toEqual(before);
    } finally {
      await db.negativeListEntry.delete({ where: { id: entry.id } });
    }
  });

  it("refuses an HS prefix, naming the rule and flagging the HS code field, in Russian", async () => {
    const entry = await insertEntry("HS_PREFIX", { hsPrefix: "9601" });
    try {
      const before = await snapshot();
      const error = await expectAppError(
        createTestProduct(
          world.supplier.actor,
          world.category.id,
          { hsCode: "9601.10" },
          {
            images: [await upload()],
            locale: "ru",
          },
        ),
        "VALIDATION",
        "negativeListHsPrefix",
      );
      expect(error.params).toEqual({ rule: "9601", reason: "Торговля слоновой костью запрещена конвенцией СИТЕС." });
      expect(error.fields).toEqual({ hsCode: "negativeListHsPrefix" });
      expect(await snapshot()).toEqual(before);
    } finally {
      await db.negativeListEntry.delete({ where: { id: entry.id } });
    }
  });

  it("refuses an edit that would match, leaving the product, its images and its flags unchanged", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: [await upload()] });
    const entry = await insertEntry("KEYWORD", { keyword: "ivory" });
    try {
      const before = await snapshot();
      const [image] = await db.productImage.findMany({ where: { productId: product.id } });
      await expectAppError(
        updateProduct(world.supplier.actor, product.id, productInput(world.category.id, { nameEn: "Ivory buttons" }), {
          images: [await upload("webp")],
          removeImageIds: [image.id],
          locale: "en",
        }),
        "VALIDATION",
        "negativeListKeyword",
      );
      expect(await snapshot()).toEqual(before);
      expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
        nameEn: "Men's down jacket",
      });
    } finally {
      await db.negativeListEntry.delete({ where: { id: entry.id } });
    }
  });

  it("clears the blocked flag when an edit makes a blocked product pass", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, { nameEn: "Plain jacket" });
    const entry = await insertEntry("KEYWORD", { keyword: "plain" });
    await db.product.update({ where: { id: product.id }, data: { blockedByEntryId: entry.id, blockedAt: new Date() } });
    try {
      await updateProduct(
        world.supplier.actor,
        product.id,
        productInput(world.category.id, { nameEn: "Quilted jacket" }),
      );
      expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
        blockedByEntryId: null,
        blockedAt: null,
      });
      const audit = await db.auditLog.findFirstOrThrow({
        where: { entityId: product.id, action: "product.updated" },
      });
      expect(audit.data).toMatchObject({ unblockedFromEntry: entry.id });
    } finally {
      await db.negativeListEntry.delete({ where: { id: entry.id } });
    }
  });
});
