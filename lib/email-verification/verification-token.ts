import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/** How long a mailed confirmation link works. */
export const VERIFICATION_LINK_HOURS = 48;

/** 32 random bytes, base64url: the secret in the link. Only its SHA-256 is stored. */
export function newVerificationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token as it arrives in the link's query string. */
export const verificationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
