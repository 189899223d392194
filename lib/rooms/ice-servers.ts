import { createHmac } from "node:crypto";

export type IceServer = { urls: string[]; username?: string; credential?: string };

// coturn's REST credentials stop working after this; a call in progress keeps its allocation.
export const TURN_CREDENTIAL_TTL_SECONDS = 3600;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[\s,]+/)
    .map((url) => url.trim())
    .filter(Boolean);

/**
 * The ICE servers a browser in the room uses, from the environment: STUN_URLS, and
 * TURN_URLS with short-lived credentials for coturn's `use-auth-secret` (TURN REST API):
 * username "<expiry unix seconds>:<userId>", password base64(HMAC-SHA1(TURN_SECRET, username)).
 * Nothing configured (a local network): no servers, host candidates only.
 */
export function iceServersFor(
  userId: string,
  { now, env = process.env }: { now: Date; env?: Record<string, string | undefined> },
): IceServer[] {
  const servers: IceServer[] = [];
  const stun = list(env.STUN_URLS);
  if (stun.length) servers.push({ urls: stun });
  const turn = list(env.TURN_URLS);
  if (turn.length && env.TURN_SECRET) {
    const expiry = Math.floor(now.getTime() / 1000) + TURN_CREDENTIAL_TTL_SECONDS;
    const username = `${expiry}:${userId}`;
    const credential = createHmac("sha1", env.TURN_SECRET).update(username).digest("base64");
    servers.push({ urls: turn, username, credential });
  }
  return servers;
}
