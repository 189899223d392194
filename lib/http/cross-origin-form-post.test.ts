import { describe, expect, it } from "vitest";
import { isCrossOriginFormPost } from "./cross-origin-form-post";

function post(headers: Record<string, string>, method = "POST") {
  return { method, headers: new Headers({ host: "fair.example:3000", ...headers }) };
}

describe("isCrossOriginFormPost", () => {
  it("lets a server action from our own pages through", () => {
    expect(isCrossOriginFormPost(post({ origin: "http://fair.example:3000", "next-action": "abc" }))).toBe(false);
  });

  it("refuses a server action or plain form post from another site", () => {
    expect(isCrossOriginFormPost(post({ origin: "https://evil.example", "next-action": "abc" }))).toBe(true);
    expect(isCrossOriginFormPost(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginFormPost(post({ origin: "http://fair.example:3001" }))).toBe(true);
  });

  it("counts an opaque or unreadable Origin as another site", () => {
    expect(isCrossOriginFormPost(post({ origin: "null" }))).toBe(true);
    expect(isCrossOriginFormPost(post({ origin: "not a url" }))).toBe(true);
  });

  it("accepts the host a reverse proxy forwarded", () => {
    const behindProxy = { origin: "https://fair.example", "x-forwarded-host": "fair.example, internal:3000" };
    expect(isCrossOriginFormPost(post(behindProxy))).toBe(false);
  });

  it("leaves requests without Origin and reads alone", () => {
    expect(isCrossOriginFormPost(post({ "next-action": "abc" }))).toBe(false);
    expect(isCrossOriginFormPost(post({ origin: "https://evil.example" }, "GET"))).toBe(false);
    expect(isCrossOriginFormPost(post({ origin: "https://evil.example" }, "HEAD"))).toBe(false);
  });
});
