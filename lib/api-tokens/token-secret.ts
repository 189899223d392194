import { createHash, randomBytes } from "node:crypto";

/** Every personal API token starts with this, so leaked ones are easy to recognise (secret scanners). */
export const API_TOKEN_PREFIX = "fb_";

/** A new token: "fb_" + 32 random bytes as base64url (43 characters). Shown once, never stored. */
export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * The first characters of a token, kept in clear so its owner can tell tokens apart
 * in a list ("fb_Ab12x"): 5 of its 43 random characters leave 218 bits unknown.
 */
export function apiTokenDisplayPrefix(token: string): string {
  return token.slice(0, API_TOKEN_PREFIX.length + 5);
}

/** What the database keeps: the SHA-256 of the token, hex. A 256-bit random secret needs no salt or slow hash. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token of an `Authorization: Bearer fb_...` header, or null when there is none or it is not ours. */
export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  const token = match?.[1];
  if (!token || !token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  return token;
}
