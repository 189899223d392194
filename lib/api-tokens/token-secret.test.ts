import { describe, expect, it } from "vitest";
import { apiTokenDisplayPrefix, bearerTokenOf, hashApiToken, newApiTokenSecret } from "./token-secret";

const withAuthorization = (value: string) => new Request("http://x/", { headers: { authorization: value } });

describe("API token secrets", () => {
  it("are fb_ + 43 base64url characters (32 bytes), each different", () => {
    const a = newApiTokenSecret();
    expect(a).toMatch(/^fb_[A-Za-z0-9_-]{43}$/);
    expect(newApiTokenSecret()).not.toBe(a);
  });

  it("show only fb_ and 5 characters as their prefix", () => {
    const token = newApiTokenSecret();
    expect(apiTokenDisplayPrefix(token)).toBe(token.slice(0, 8));
    expect(apiTokenDisplayPrefix(token)).toMatch(/^fb_[A-Za-z0-9_-]{5}$/);
  });

  it("hash to hex SHA-256", () => {
    expect(hashApiToken("fb_x")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken("fb_x")).toBe(hashApiToken("fb_x"));
  });

  it("are read from a Bearer header only", () => {
    expect(bearerTokenOf(withAuthorization("Bearer fb_abc"))).toBe("fb_abc");
    expect(bearerTokenOf(withAuthorization("bearer   fb_abc "))).toBe("fb_abc");
    expect(bearerTokenOf(withAuthorization("Basic fb_abc"))).toBeNull();
    expect(bearerTokenOf(withAuthorization("Bearer other"))).toBeNull();
    expect(bearerTokenOf(new Request("http://x/"))).toBeNull();
  });
});
