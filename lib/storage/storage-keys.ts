import { randomBytes } from "node:crypto";

/**
 * Top-level folders, one per kind of owner: products/<productId>/…, logos/<organizationId>/…,
 * complaints/<complaintId>/… (a complaint's evidence, never public).
 */
export const storageFolders = ["products", "logos", "complaints"] as const;
export type StorageFolder = (typeof storageFolders)[number];

export const storedExtensions = ["jpg", "png", "webp"] as const;
export type StoredExtension = (typeof storedExtensions)[number];

export const contentTypeOf: Record<StoredExtension, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

// <folder>/<owner id>/<32 hex>[-thumb].<ext>; owner ids are cuids. Nothing else is a key.
const keyPattern = /^(products|logos|complaints)\/([a-z0-9]{20,40})\/([0-9a-f]{32})(-thumb)?\.(jpg|png|webp)$/;

export type ParsedKey = { folder: StorageFolder; ownerId: string; extension: StoredExtension };

/** Parses a key that came from outside (a URL); null for anything that is not a well-formed key. */
export function parseStorageKey(key: string): ParsedKey | null {
  const match = keyPattern.exec(key);
  if (!match) return null;
  return { folder: match[1] as StorageFolder, ownerId: match[2], extension: match[5] as StoredExtension };
}

/**
 * A fresh, unguessable key pair: a new upload never reuses a key, so a served
 * file never changes and may be cached.
 */
export function newImageKeys(
  folder: StorageFolder,
  ownerId: string,
  extension: StoredExtension,
  thumbExtension: StoredExtension,
): { key: string; thumbKey: string } {
  const name = randomBytes(16).toString("hex");
  return {
    key: `${folder}/${ownerId}/${name}.${extension}`,
    thumbKey: `${folder}/${ownerId}/${name}-thumb.${thumbExtension}`,
  };
}
