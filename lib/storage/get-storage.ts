import path from "node:path";
import { LocalDiskStorage } from "./local-disk-storage";
import type { Storage } from "./storage";

let cached: { root: string; storage: Storage } | null = null;

/** The configured storage; re-read when STORAGE_DIR changes (each test file points it at its own folder). */
export function getStorage(): Storage {
  const root = path.resolve(process.env.STORAGE_DIR || "storage");
  if (cached?.root !== root) cached = { root, storage: new LocalDiskStorage(root) };
  return cached.storage;
}
