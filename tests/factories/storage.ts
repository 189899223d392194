import { mkdtempSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Points the app's storage at a fresh temporary folder for this test file (call
 * at the top of the file, before anything is stored) and returns a lister.
 */
export function withTemporaryStorage() {
  const root = mkdtempSync(path.join(tmpdir(), "fairbridge-test-storage-"));
  process.env.STORAGE_DIR = root;
  return {
    root,
    /** Every stored key (relative path), sorted. */
    async keys(): Promise<string[]> {
      const entries = await readdir(root, { recursive: true });
      const files = [];
      for (const entry of entries) if ((await stat(path.join(root, entry))).isFile()) files.push(entry);
      return files.map((file) => file.split(path.sep).join("/")).sort();
    },
  };
}
