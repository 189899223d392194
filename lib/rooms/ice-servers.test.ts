import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { iceServersFor } from "./ice-servers";

const now = new Date("2026-06-01T05:00:00Z");

describe("iceServersFor", () => {
  it("gives nothing when nothing is configured (a local network needs no servers)", () => {
    expect(iceServersFor("u1", { now, env: {} })).toEqual([]);
  });

  it("gives STUN as configured and TURN with coturn REST credentials valid for an hour", () => {
    const env = {
      STUN_URLS: "stun:stun.example.test:3478",
      TURN_URLS: "turn:turn.example.test:3478?transport=udp, turns:turn.example.test:5349",
      TURN_SECRET: "s3cret",
    };
    const [stun, turn] = iceServersFor("u1", { now, env });
    expect(stun).toEqual({ urls: ["stun:stun.example.test:3478"] });
    const expiry = now.getTime() / 1000 + 3600;
    expect(turn.urls).toEqual(["turn:turn.example.test:3478?transport=udp", "turns:turn.example.test:5349"]);
    expect(turn.username).toBe(`${expiry}:u1`);
    expect(turn.credential).toBe(createHmac("sha1", "s3cret").update(`${expiry}:u1`).digest("base64"));
  });

  it("leaves TURN out without its secret rather than hand out unusable credentials", () => {
    expect(iceServersFor("u1", { now, env: { TURN_URLS: "turn:t.example.test" } })).toEqual([]);
  });
});
