import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireApprovedOrganization } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { stopBoss } from "@/lib/jobs/boss";
import { registerOrganization } from "@/lib/organizations/register-organization";
import type { SignUpInput } from "@/lib/organizations/schemas";
import { actorFor } from "../factories/actors";
import { expectValidationError, failureOf, isTranslatedErrorKey } from "../factories/errors";
import { signUpInput } from "../factories/organizations";
import { uniqueAddress } from "../factories/addresses";

afterAll(() => stopBoss());

/** A sign-up from its own client address (the per-address throttle is tested in sign-up-safety.test.ts). */
const signUp = (input: SignUpInput) => registerOrganization(input, { clientAddress: uniqueAddress() });

/** A sign-up that must have created a new account. */
async function signUpNew(input: SignUpInput) {
  const result = await signUp(input);
  if (result.outcome !== "created") throw new Error(`expected a new account, got ${result.outcome}`);
  return result;
}

/** Rows a sign-up writes; "nothing half-written" means none of these moved. */
async function rowCounts() {
  const [organizations, users, audit] = await Promise.all([
    db.organization.count(),
    db.user.count(),
    db.auditLog.count(),
  ]);
  return { organizations, users, audit };
}

/** Registers with one field changed (undefined = left out) and returns the field errors, checking nothing was written. */
async function fieldErrorsFor(field: keyof SignUpInput, value: unknown, base: SignUpInput = signUpInput("SUPPLIER")) {
  const input: Record<string, unknown> = { ...base, [field]: value };
  if (value === undefined) delete input[field];
  const before = await rowCounts();
  const fields = await expectValidationError(signUp(input as SignUpInput));
  expect(await rowCounts()).toEqual(before);
  return fields;
}

const long = (length: number) => "x".repeat(length);

// [field, case, value, message key the form shows]; undefined key = any error on that field.
const invalidFields: [keyof SignUpInput, string, unknown, string | undefined][] = [
  ["kind", "missing", undefined, "kindRequired"],
  ["kind", "an organizer", "ORGANIZER", "kindRequired"],
  ["kind", "lower case", "supplier", "kindRequired"],
  ["companyName", "missing", undefined, undefined],
  ["companyName", "blank", "   ", "required"],
  ["companyName", "201 characters", long(201), "tooLong"],
  ["companyName", "not text", 42, undefined],
  ["companyNameEn", "201 characters", long(201), "tooLong"],
  ["companyNameEn", "not text", ["a"], undefined],
  ["city", "missing", undefined, undefined],
  ["city", "empty", "", "required"],
  ["city", "101 characters", long(101), "tooLong"],
  ["country", "missing", undefined, "countryRequired"],
  ["country", "not served", "US", "countryRequired"],
  ["country", "lower case", "cn", "countryRequired"],
  ["contactName", "missing", undefined, undefined],
  ["contactName", "blank", " \t ", "required"],
  ["contactName", "121 characters", long(121), "tooLong"],
  ["phone", "41 characters", "1".repeat(41), "tooLong"],
  ["phone", "letters", "call me maybe", "phoneInvalid"],
  ["phone", "an e-mail", "a@b.cn", "phoneInvalid"],
  ["email", "missing", undefined, undefined],
  ["email", "empty", "", "required"],
  ["email", "no domain", "olga@", "emailInvalid"],
  ["email", "no @", "olga.example.test", "emailInvalid"],
  ["email", "255 characters", `${long(242)}@example.test`, "tooLong"],
  ["password", "missing", undefined, undefined],
  ["password", "9 characters", "abcdefg12", "passwordTooShort"],
  ["password", "201 characters", `a1${long(199)}`, "tooLong"],
  ["password", "no digit", "abcdefghijklmn", "passwordWeak"],
  ["password", "no letter", "1234567890-+!", "passwordWeak"],
  ["locale", "missing", undefined, "required"],
  ["locale", "unsupported", "de", "required"],
  ["timeZone", "missing", undefined, undefined],
  ["timeZone", "empty", "", "required"],
  ["timeZone", "unknown zone", "Mars/Olympus_Mons", "timeZoneInvalid"],
  ["timeZone", "an offset", "+08:00", "timeZoneInvalid"],
];

describe("registerOrganization: validation", () => {
  it.each(invalidFields)("refuses %s (%s) and writes nothing", async (field, _case, value, key) => {
    const fields = await fieldErrorsFor(field, value);
    expect(Object.keys(fields)).toContain(field);
    if (key) expect(fields[field]).toBe(key);
  });

  it("refuses a password that contains the e-mail's local part, in any case", async () => {
    const base = signUpInput("BUYER", { email: "ivan.petrov@example.test" });
    expect(await fieldErrorsFor("password", "Ivan.Petrov-2026", base)).toEqual({ password: "passwordContainsEmail" });
  });

  it("refuses a supplier outside China", async () => {
    const fields = await fieldErrorsFor("country", "RU", signUpInput("SUPPLIER"));
    expect(fields).toEqual({ country: "supplierMustBeChinese" });
  });

  it("accepts a buyer from any served country and Cyrillic passwords", async () => {
    const { organization } = await signUpNew(
      signUpInput("BUYER", { country: "KZ", city: "Almaty", timeZone: "Asia/Almaty", password: "пароль-надёжный-7" }),
    );
    expect(organization).toMatchObject({ kind: "BUYER", country: "KZ", status: "PENDING" });
  });

  it("only uses message keys every language translates", () => {
    const keys = new Set(invalidFields.map(([, , , key]) => key ?? "invalid"));
    for (const key of [...keys, "passwordContainsEmail", "supplierMustBeChinese", "organizationPENDING"]) {
      expect(isTranslatedErrorKey(key), key).toBe(true);
    }
  });
});

describe("registerOrganization: an address already registered", () => {
  it("answers as for a new one, ignoring case, and writes nothing", async () => {
    const first = signUpInput("SUPPLIER", { email: "olga.sokolova@example.test" });
    await signUpNew(first);
    const before = await rowCounts();

    const again = signUpInput("BUYER", { email: "  OLGA.Sokolova@Example.TEST " });
    expect(await signUp(again)).toEqual({ outcome: "alreadyRegistered" });
    expect(await rowCounts()).toEqual(before);
    expect(await db.organization.count({ where: { nameRu: again.companyName } })).toBe(0);
  });

  it("lets exactly one of two simultaneous sign-ups with the same e-mail create an account; neither fails", async () => {
    const email = "same.time@example.test";
    const before = await rowCounts();
    const results = await Promise.all([
      signUp(signUpInput("SUPPLIER", { email })),
      signUp(signUpInput("BUYER", { email })),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(["alreadyRegistered", "created"]);
    expect(await rowCounts()).toEqual({
      organizations: before.organizations + 1,
      users: before.users + 1,
      audit: before.audit + 1,
    });
  });
});

describe("registerOrganization: success", () => {
  it("creates a PENDING supplier named in Chinese, its contact person and an audit row", async () => {
    const input = signUpInput("SUPPLIER", { email: "Zhang.Wei@Example.TEST" });
    const { organization, user } = await signUpNew(input);

    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      kind: "SUPPLIER",
      status: "PENDING",
      nameZh: input.companyName,
      nameEn: input.companyNameEn,
      nameRu: null,
      city: "Hangzhou",
      country: "CN",
      timeZone: "Asia/Shanghai",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: "zhang.wei@example.test",
      role: "SUPPLIER",
      organizationId: organization.id,
      name: input.contactName,
      phone: input.phone,
      locale: "zh",
      timeZone: "Asia/Shanghai",
    });
    const audit = await db.auditLog.findMany({ where: { entityId: organization.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        action: "organization.registered",
        entityType: "Organization",
        actorId: user.id,
        organizationId: organization.id,
      }),
    ]);
  });

  it("names a buyer in Russian and stores an empty phone and English name as null", async () => {
    const input = signUpInput("BUYER", { phone: "", companyNameEn: "" });
    const { organization, user } = await signUpNew(input);
    expect(await db.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      nameRu: input.companyName,
      nameZh: null,
      nameEn: null,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "BUYER",
      phone: null,
      locale: "ru",
    });
  });

  it("stores the password only as an argon2id hash, which never leaves the data layer by default", async () => {
    const input = signUpInput("BUYER");
    const { user } = await signUpNew(input);
    expect(user).not.toHaveProperty("passwordHash");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).not.toHaveProperty("passwordHash");

    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(input.password);
    expect(await verifyPassword(passwordHash, input.password)).toBe(true);
    expect(await verifyPassword(passwordHash, `${input.password}x`)).toBe(false);
  });

  it("creates the contact person unconfirmed; once confirmed, pending, they may not act", async () => {
    const { user } = await signUpNew(signUpInput("SUPPLIER"));
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ emailVerifiedAt: null });
    const actor = await actorFor(user.id);
    expect(actor.organization?.status).toBe("PENDING");
    const error = await failureOf(Promise.resolve().then(() => requireApprovedOrganization(actor)));
    expect(error).toMatchObject({ code: "FORBIDDEN", messageKey: "organizationPENDING" });
  });
});
