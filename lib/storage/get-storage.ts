import path from "node:path";
import { LocalDiskStorage } from "./local-disk-storage";
import type { Storage } from "./storage";

let cached: { root: string; storage: Storage } | null = null;

/** The configured storage; re-read when STORAGE_DIR changes (each test file points it at its own folder). */
export function getStorage(): Storage {
  // A runtime data folder, not part of the app: keep Next's file tracing out of it.
  const root = path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR || "storage");
  if (cached?.root !== root) cached = { root, storage: new LocalDiskStorage(root) };
  return cached.storage;
}
