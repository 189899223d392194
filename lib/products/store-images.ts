import "server-only";
import { log } from "@/lib/log";
import type { Storage } from "@/lib/storage/storage";
import { newImageKeys, type StorageFolder } from "@/lib/storage/storage-keys";
import type { PreparedImage } from "./images";

export type StoredImage = { storageKey: string; thumbKey: string; width: number; height: number };

/**
 * Writes prepared images and records every key in `written` as it goes, so the
 * caller can remove them if its transaction fails after some were stored.
 */
export async function storeImages(
  storage: Storage,
  folder: StorageFolder,
  ownerId: string,
  images: PreparedImage[],
  written: string[],
): Promise<StoredImage[]> {
  const stored: StoredImage[] = [];
  for (const image of images) {
    const keys = newImageKeys(folder, ownerId, image.main.extension, image.thumb?.extension ?? image.main.extension);
    written.push(keys.key);
    await storage.put(keys.key, image.main.bytes, image.main.contentType);
    if (image.thumb) {
      written.push(keys.thumbKey);
      await storage.put(keys.thumbKey, image.thumb.bytes, image.thumb.contentType);
    }
    stored.push({
      storageKey: keys.key,
      thumbKey: image.thumb ? keys.thumbKey : keys.key,
      width: image.width,
      height: image.height,
    });
  }
  return stored;
}

/**
 * Best effort: a file left behind costs only disk space, while failing here
 * would report an error for a change that did commit.
 */
export async function deleteStoredFiles(storage: Storage, keys: string[]): Promise<void> {
  for (const key of keys) {
    await storage.delete(key).catch((error) => log.warn("storage: could not delete a file", { key, err: error }));
  }
}
