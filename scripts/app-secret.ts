import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET comes from the environment. For local demo runs only, when it
 * is missing, one is generated once and kept in the git-ignored .fairbridge/.
 */
export function localAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.resolve(".fairbridge", "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("[fairbridge] NEXTAUTH_SECRET not set: generated a local one in .fairbridge/nextauth-secret");
  }
  return readFileSync(file, "utf8").trim();
}
