import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteProduct } from "@/lib/products/delete-product";
import { setProductVisibility } from "@/lib/products/set-product-visibility";
import { updateProduct } from "@/lib/products/update-product";
import type { Actor } from "@/lib/auth/actor";
import { findReadableFile } from "@/lib/storage/find-readable-file";
import { getStorage } from "@/lib/storage/get-storage";
import { expectAppError, isTranslatedErrorKey } from "../factories/errors";
import {
  jpegWithExif,
  oversizedPng,
  pngBomb,
  svgImage,
  textFilePretendingToBeImage,
  upload,
} from "../factories/product-images";
import { createCatalogueWorld, createTestProduct, productInput } from "../factories/products";
import { withTemporaryStorage } from "../factories/storage";

const storage = withTemporaryStorage();
let world: Awaited<ReturnType<typeof createCatalogueWorld>>;
beforeAll(async () => {
  world = await createCatalogueWorld();
});

const imagesOf = (productId: string) =>
  db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
const anonymous = async () => null;

describe("accepted images", () => {
  it("stores JPEG, PNG and WebP re-encoded (at most 1600 px) with a 320 px WebP thumbnail", async () => {
    const images = [
      await upload("jpeg", "a.jpg", { width: 3200, height: 2400 }),
      await upload("png"),
      await upload("webp"),
    ];
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images });
    const stored = await imagesOf(product.id);
    expect(stored.map((image) => [image.position, image.width, image.height])).toEqual([
      [0, 1600, 1200],
      [1, 640, 480],
      [2, 640, 480],
    ]);
    for (const image of stored) {
      const main = (await getStorage().get(image.storageKey))!;
      const thumb = (await getStorage().get(image.thumbKey))!;
      expect(main.contentType).toMatch(/^image\/(jpeg|png|webp)$/);
      const thumbMeta = await sharp(thumb.bytes).metadata();
      expect(thumbMeta.format).toBe("webp");
      expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBe(320);
    }
    expect((await sharp((await getStorage().get(stored[0].storageKey))!.bytes).metadata()).format).toBe("jpeg");
  });

  it("strips metadata such as EXIF from the stored picture", async () => {
    const original = await jpegWithExif();
    expect((await sharp(original.bytes).metadata()).exif).toBeDefined();
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: [original] });
    const [image] = await imagesOf(product.id);
    const stored = (await getStorage().get(image.storageKey))!;
    expect((await sharp(stored.bytes).metadata()).exif).toBeUndefined();
    expect(stored.bytes.includes("Secret Factory")).toBe(false);
  });

  it("ignores the empty part a browser sends when no file was chosen", async () => {
    const product = await createTestProduct(
      world.supplier.actor,
      world.category.id,
      {},
      {
        images: [{ name: "", bytes: Buffer.alloc(0) }],
      },
    );
    expect(await imagesOf(product.id)).toEqual([]);
  });
});

describe("refused images leave nothing behind", () => {
  const cases: [string, () => Promise<{ name: string; bytes: Buffer }[]>, string][] = [
    ["a text file named .png", async () => [textFilePretendingToBeImage()], "productImageType"],
    ["an SVG", async () => [svgImage()], "productImageType"],
    ["a real GIF", async () => [await upload("gif")], "productImageType"],
    ["a real TIFF", async () => [await upload("tiff")], "productImageType"],
    [
      "a truncated JPEG",
      async () => [{ name: "cut.jpg", bytes: (await upload("jpeg")).bytes.subarray(0, 200) }],
      "productImageType",
    ],
    ["a PNG over 5 MB", async () => [await oversizedPng()], "productImageTooBig"],
    ["a PNG bomb of 64 megapixels", async () => [pngBomb()], "productImageTooManyPixels"],
    ["nine images", async () => Promise.all(Array.from({ length: 9 }, () => upload("png"))), "productImageTooMany"],
    [
      "a good image next to a bad one",
      async () => [await upload("png"), textFilePretendingToBeImage()],
      "productImageType",
    ],
  ];

  it.each(cases)("refuses %s", async (_label, files, key) => {
    const productsBefore = await db.product.count();
    const keysBefore = await storage.keys();
    const error = await expectAppError(
      createTestProduct(world.supplier.actor, world.category.id, {}, { images: await files() }),
      "VALIDATION",
      key,
    );
    expect(error.fields).toEqual({ images: key });
    expect(isTranslatedErrorKey(key)).toBe(true);
    expect(await db.product.count()).toBe(productsBefore);
    expect(await storage.keys()).toEqual(keysBefore);
  });

  it("names the offending file in the message parameters", async () => {
    const error = await expectAppError(
      createTestProduct(world.supplier.actor, world.category.id, {}, { images: [textFilePretendingToBeImage()] }),
      "VALIDATION",
    );
    expect(error.params).toMatchObject({ file: "fabric.png" });
  });
});

describe("images when editing and deleting", () => {
  it("adds and removes images, deleting removed files, within the limit of 8", async () => {
    const seven = await Promise.all(Array.from({ length: 7 }, () => upload("png")));
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: seven });
    const before = await imagesOf(product.id);
    const input = productInput(world.category.id);

    await expectAppError(
      updateProduct(world.supplier.actor, product.id, input, { images: [await upload("png"), await upload("png")] }),
      "VALIDATION",
      "productImageTooMany",
    );
    expect(await imagesOf(product.id)).toHaveLength(7);

    const removed = before.slice(0, 2);
    await updateProduct(world.supplier.actor, product.id, input, {
      images: [await upload("webp"), await upload("jpeg"), await upload("png")],
      removeImageIds: removed.map((image) => image.id),
    });
    const after = await imagesOf(product.id);
    expect(after).toHaveLength(8);
    expect(after.map((image) => image.id)).not.toContain(removed[0].id);
    expect(new Set(after.map((image) => image.position)).size).toBe(8);
    for (const image of removed) {
      expect(await getStorage().get(image.storageKey)).toBeNull();
      expect(await getStorage().get(image.thumbKey)).toBeNull();
    }
  });

  it("cannot remove another product's images through an edit", async () => {
    const theirs = await createTestProduct(
      world.otherSupplier.actor,
      world.category.id,
      {},
      { images: [await upload()] },
    );
    const [theirImage] = await imagesOf(theirs.id);
    const mine = await createTestProduct(world.supplier.actor, world.category.id);
    await updateProduct(world.supplier.actor, mine.id, productInput(world.category.id), {
      removeImageIds: [theirImage.id],
    });
    expect(await imagesOf(theirs.id)).toHaveLength(1);
    expect(await getStorage().get(theirImage.storageKey)).not.toBeNull();
  });

  it("deletes the files of a deleted product", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: [await upload()] });
    const [image] = await imagesOf(product.id);
    await deleteProduct(world.supplier.actor, product.id);
    expect(await getStorage().get(image.storageKey)).toBeNull();
    expect(await getStorage().get(image.thumbKey)).toBeNull();
  });
});

describe("who may fetch a stored image", () => {
  it("serves visible products' images to everyone and hidden ones only to their supplier and organizers", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: [await upload()] });
    const [image] = await imagesOf(product.id);
    const as = (actor: Actor | null) => async () => actor;

    expect(await findReadableFile(image.thumbKey, anonymous)).toMatchObject({
      isPublic: true,
      contentType: "image/webp",
    });

    await setProductVisibility(world.supplier.actor, product.id, "HIDDEN_BY_SUPPLIER");
    expect(await findReadableFile(image.storageKey, anonymous)).toBeNull();
    expect(await findReadableFile(image.storageKey, as(world.otherSupplier.actor))).toBeNull();
    expect(await findReadableFile(image.storageKey, as(world.supplier.actor))).toMatchObject({ isPublic: false });
    expect(await findReadableFile(image.storageKey, as(world.organizer))).toMatchObject({ isPublic: false });
  });

  it("answers null for unknown, malformed and mismatched keys", async () => {
    const product = await createTestProduct(world.supplier.actor, world.category.id, {}, { images: [await upload()] });
    const [image] = await imagesOf(product.id);
    const other = await createTestProduct(world.supplier.actor, world.category.id);
    expect(await findReadableFile(`products/${product.id}/${"0".repeat(32)}.png`, anonymous)).toBeNull();
    // a real file name under another product's folder is not that product's image
    expect(await findReadableFile(image.storageKey.replace(product.id, other.id), anonymous)).toBeNull();
    expect(await findReadableFile("../../etc/passwd", anonymous)).toBeNull();
    expect(
      await findReadableFile(`logos/${world.supplier.organization.id}/${"a".repeat(32)}.png`, anonymous),
    ).toBeNull();
  });
});
