import { describe, expect, it } from "vitest";
import { asciiEmailAddress, emailSchema, normalizeEmailAddress } from "./email-address";

describe("normalizeEmailAddress", () => {
  it("reads a Cyrillic domain and its punycode as the same address", () => {
    expect(normalizeEmailAddress("ivanov@пример.рф")).toBe("ivanov@пример.рф");
    expect(normalizeEmailAddress("IVANOV@XN--E1AFMKFD.XN--P1AI")).toBe("ivanov@пример.рф");
    expect(normalizeEmailAddress("  Ivanov@ПРИМЕР.РФ ")).toBe("ivanov@пример.рф");
  });

  it("keeps ASCII addresses as they were, lower-cased", () => {
    expect(normalizeEmailAddress("Zhang.Wei+fair@Example.TEST")).toBe("zhang.wei+fair@example.test");
    expect(normalizeEmailAddress("li@公司.中国")).toBe("li@公司.中国");
  });

  it.each([
    "olga@",
    "@example.test",
    "olga.example.test",
    "olga@localhost",
    "olga@exa mple.test",
    "olga..s@example.test",
    ".olga@example.test",
    "ольга@пример.рф",
    "olga@-example.test",
    "olga@example.123",
    `${"a".repeat(65)}@example.test`,
  ])("refuses %j", (raw) => expect(normalizeEmailAddress(raw)).toBeNull());
});

describe("asciiEmailAddress", () => {
  it("writes the domain in punycode for SMTP", () => {
    expect(asciiEmailAddress("ivanov@пример.рф")).toBe("ivanov@xn--e1afmkfd.xn--p1ai");
  });
});

describe("emailSchema", () => {
  it("gives the field's message keys", () => {
    expect(emailSchema.safeParse("").error?.issues[0].message).toBe("required");
    expect(emailSchema.safeParse("nope").error?.issues[0].message).toBe("emailInvalid");
    expect(emailSchema.safeParse(`${"a".repeat(242)}@example.test`).error?.issues[0].message).toBe("tooLong");
    expect(emailSchema.parse("Ivanov@Xn--E1afmkfd.xn--p1ai")).toBe("ivanov@пример.рф");
  });
});
