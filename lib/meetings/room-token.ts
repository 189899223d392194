import { randomBytes } from "node:crypto";

/** The unguessable part of a meeting's room link: 32 random bytes, URL-safe. */
export function newRoomToken(): string {
  return randomBytes(32).toString("base64url");
}
