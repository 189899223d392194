import { describe, expect, it } from "vitest";
import {
  isExpiredMediaToken,
  isMintedFeedId,
  mintFeedId,
  mintMediaToken,
  randomRoomId,
  roomSecret,
} from "./media-tokens";

describe("showcase media tokens", () => {
  const now = new Date("2026-12-06T12:00:00Z");

  it("carries its expiry and is swept only after it", () => {
    const { token, expiresAt } = mintMediaToken(now, 120);
    expect(token).toMatch(/^fb1\.\d+\.[A-Za-z0-9_-]{24}$/);
    expect(expiresAt.toISOString()).toBe("2026-12-06T12:02:00.000Z");
    expect(isExpiredMediaToken(token, now)).toBe(false);
    expect(isExpiredMediaToken(token, new Date("2026-12-06T12:02:00Z"))).toBe(true);
    // Tokens someone else added to Janus are never ours to remove.
    expect(isExpiredMediaToken("other.1.x", new Date(8e15))).toBe(false);
    expect(isExpiredMediaToken("fb1.notanumber.x", new Date(8e15))).toBe(false);
  });

  it("makes room ids of 63 random bits and secrets only the key holder can derive", () => {
    const ids = new Set(Array.from({ length: 200 }, () => randomRoomId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id > 0n && id < 2n ** 63n).toBe(true);
    const room = randomRoomId();
    expect(roomSecret("key", room)).toBe(roomSecret("key", room));
    expect(roomSecret("key", room)).not.toBe(roomSecret("other key", room));
  });

  it("recognizes the publisher ids it minted and nothing else", () => {
    const room = randomRoomId();
    const feed = mintFeedId("key", room);
    expect(Number.isSafeInteger(Number(feed))).toBe(true);
    expect(isMintedFeedId("key", room, feed)).toBe(true);
    expect(isMintedFeedId("other key", room, feed)).toBe(false);
    expect(isMintedFeedId("key", room + 1n, feed)).toBe(false);
    expect(isMintedFeedId("key", room, String(Number(feed) + 1))).toBe(false);
    for (const junk of ["", "0", "-5", "1e9", "4242", "99999999999999999", "abc"]) {
      expect(isMintedFeedId("key", room, junk)).toBe(false);
    }
  });
});
