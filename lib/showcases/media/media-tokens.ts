import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/**
 * The values the app derives for a showcase's Janus room. Nothing here is stored: room secrets
 * and publisher ids are recomputed from the signing key, and a token carries its own expiry.
 */

/** How long a person's Janus token lets them open a session and join (they stay connected after). */
export const MEDIA_TOKEN_TTL_SECONDS = 120;

const TOKEN_PREFIX = "fb1";

/** A Janus token: `fb1.<expiry in Unix seconds>.<144 random bits>`. */
export function mintMediaToken(now: Date, ttlSeconds = MEDIA_TOKEN_TTL_SECONDS): { token: string; expiresAt: Date } {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  return {
    token: `${TOKEN_PREFIX}.${expires}.${randomBytes(18).toString("base64url")}`,
    expiresAt: new Date(expires * 1000),
  };
}

/** True for one of our tokens whose expiry passed; other tokens (someone else's) are left alone. */
export function isExpiredMediaToken(token: string, now: Date): boolean {
  const [prefix, expires] = token.split(".");
  if (prefix !== TOKEN_PREFIX || !/^\d{1,12}$/.test(expires ?? "")) return false;
  return Number(expires) * 1000 <= now.getTime();
}

/** A random room id in 1 .. 2^63-1 (Janus keeps room ids as 64-bit integers; we send them as strings). */
export function randomRoomId(): bigint {
  const id = randomBytes(8).readBigUInt64BE() >> 1n;
  return id === 0n ? 1n : id;
}

function hmac(key: string, value: string): Buffer {
  return createHmac("sha256", key).update(value).digest();
}

/** The room's secret (needed to destroy it, add tokens, kick): never leaves the server. */
export function roomSecret(signingKey: string, room: bigint): string {
  return hmac(signingKey, `janus-room:${room}`).toString("base64url");
}

const HALF_BITS = 26;
const HALF = 2 ** HALF_BITS;

function feedTag(signingKey: string, room: bigint, nonce: number): number {
  return hmac(signingKey, `janus-feed:${room}:${nonce}`).readUInt32BE(0) % HALF;
}

/**
 * A publisher id for the supplier (a decimal string: the rooms use string ids), 52 bits: a random
 * half and its keyed tag. The app
 * knows a feed it minted when it sees one, without storing it, so a viewer who joins as a
 * publisher under an id of their own is kicked and never shown to the others.
 */
export function mintFeedId(signingKey: string, room: bigint): string {
  const nonce = randomInt(1, HALF);
  return String(nonce * HALF + feedTag(signingKey, room, nonce));
}

export function isMintedFeedId(signingKey: string, room: bigint, feed: string): boolean {
  if (!/^\d{1,16}$/.test(feed)) return false;
  const id = Number(feed);
  if (!Number.isSafeInteger(id) || id <= 0) return false;
  const nonce = Math.floor(id / HALF);
  const tag = id % HALF;
  if (nonce < 1 || nonce >= HALF) return false;
  const expected = Buffer.alloc(4);
  expected.writeUInt32BE(feedTag(signingKey, room, nonce));
  const actual = Buffer.alloc(4);
  actual.writeUInt32BE(tag);
  return timingSafeEqual(expected, actual);
}
