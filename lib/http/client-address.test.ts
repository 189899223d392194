import { describe, expect, it } from "vitest";
import { clientAddressOf, normalizeAddress, parseTrustedProxies, UNKNOWN_ADDRESS } from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.0.2.1, 2001:db8:aa::/48");

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    ["2001:DB8::1", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["203.0.113.7:51234", "203.0.113.7"],
    [" 198.51.100.2 ", "198.51.100.2"],
  ])("%s -> %s", (raw, expected) => expect(normalizeAddress(raw)).toBe(expected));

  it.each(["", "unknown", "203.0.113", "999.1.1.1", "evil.example", "1.2.3.4, 5.6.7.8"])("refuses %j", (raw) =>
    expect(normalizeAddress(raw)).toBeNull(),
  );
});

describe("parseTrustedProxies", () => {
  it("trusts nothing by default", () => expect(none.count).toBe(0));

  it.each(["10.0.0.0/33", "2001:db8::/129", "proxy.internal", "10.0.0.0/x", "10.0.0.0/"])("refuses %j", (entry) =>
    expect(() => parseTrustedProxies(entry)).toThrow(/TRUSTED_PROXIES/),
  );
});

describe("clientAddressOf", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddressOf({ socketAddress: "198.51.100.9", forwardedFor: "203.0.113.20" }, none)).toBe("198.51.100.9");
  });

  it("ignores X-Forwarded-For sent by a peer that is not a trusted proxy", () => {
    expect(clientAddressOf({ socketAddress: "198.51.100.9", forwardedFor: "203.0.113.20" }, proxies)).toBe(
      "198.51.100.9",
    );
  });

  it("takes the hop a trusted proxy saw, IPv4-mapped socket included", () => {
    expect(clientAddressOf({ socketAddress: "::ffff:10.1.2.3", forwardedFor: "203.0.113.20" }, proxies)).toBe(
      "203.0.113.20",
    );
  });

  it("walks a chain 'client, proxy1, proxy2' from the right past trusted proxies only", () => {
    const chain = "198.51.100.66, 203.0.113.20, 10.9.9.9";
    expect(clientAddressOf({ socketAddress: "192.0.2.1", forwardedFor: chain }, proxies)).toBe("203.0.113.20");
  });

  it("does not believe hops left of an untrusted one (a forged prefix)", () => {
    const forged = "10.0.0.5, 203.0.113.20";
    expect(clientAddressOf({ socketAddress: "10.0.0.1", forwardedFor: forged }, proxies)).toBe("203.0.113.20");
  });

  it("reads several X-Forwarded-For headers as one list", () => {
    expect(clientAddressOf({ socketAddress: "10.0.0.1", forwardedFor: ["198.51.100.7", "10.2.2.2"] }, proxies)).toBe(
      "198.51.100.7",
    );
  });

  it("matches IPv6 ranges", () => {
    expect(clientAddressOf({ socketAddress: "2001:db8:aa:1::5", forwardedFor: "2001:db8:ff::7" }, proxies)).toBe(
      "2001:db8:ff::7",
    );
    expect(clientAddressOf({ socketAddress: "2001:db8:ab::5", forwardedFor: "2001:db8:ff::7" }, proxies)).toBe(
      "2001:db8:ab::5",
    );
  });

  it("stops at the last trusted proxy when a hop is malformed", () => {
    expect(clientAddressOf({ socketAddress: "10.0.0.1", forwardedFor: "garbage" }, proxies)).toBe("10.0.0.1");
  });

  it("keeps the leftmost address when every hop is a trusted proxy", () => {
    expect(clientAddressOf({ socketAddress: "10.0.0.1", forwardedFor: "10.0.0.2, 10.0.0.3" }, proxies)).toBe(
      "10.0.0.2",
    );
  });

  it("says unknown without a socket address", () => {
    expect(clientAddressOf({ socketAddress: undefined, forwardedFor: "203.0.113.20" }, none)).toBe(UNKNOWN_ADDRESS);
  });
});
