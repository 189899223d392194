import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SERVER_FLAG } from "./client-address";
import { requestClientAddress } from "./request-client-address";

describe("requestClientAddress", () => {
  afterEach(() => {
    delete process.env[CLIENT_ADDRESS_SERVER_FLAG];
  });

  it("reads the address scripts/server.ts set, from Headers or a plain object", () => {
    process.env[CLIENT_ADDRESS_SERVER_FLAG] = "1";
    expect(requestClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "::ffff:198.51.100.4" }))).toBe("198.51.100.4");
    expect(requestClientAddress({ [CLIENT_ADDRESS_HEADER]: "2001:db8::9" })).toBe("2001:db8::9");
    expect(requestClientAddress({ "x-forwarded-for": "203.0.113.20" })).toBe("unknown");
  });

  it("does not believe the header under a server that does not set it", () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(requestClientAddress({ [CLIENT_ADDRESS_HEADER]: "203.0.113.20" })).toBe("unknown");
    } finally {
      console.warn = warn;
    }
  });
});
