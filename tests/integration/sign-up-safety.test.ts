/**
 * Sign-up hardening (penetration test finding 7): throttled per client address; the same
 * answer for a registered address, which only mails its owner; a mailed confirmation link
 * (single use, expiring) before sign-in; Cyrillic domains accepted and delivered through a
 * real SMTP server to the punycode address.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { confirmEmail } from "@/lib/email-verification/confirm-email";
import { issueVerificationToken } from "@/lib/email-verification/issue-verification-token";
import { requestVerificationMail } from "@/lib/email-verification/request-verification-mail";
import { newVerificationToken } from "@/lib/email-verification/verification-token";
import { startMailWorker } from "@/lib/jobs/mail-worker";
import { registerOrganization } from "@/lib/organizations/register-organization";
import type { SignUpInput } from "@/lib/organizations/schemas";
import { throttlePolicies } from "@/lib/throttle/policies";
import { uniqueAddress } from "../factories/addresses";
import { expectAppError } from "../factories/errors";
import { signUpInput } from "../factories/organizations";
import { startTestSmtp, type TestMail, type TestSmtp } from "../support/smtp";
import { stopMailDelivery } from "../support/mail-delivery";

let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://fair.example.test";
  await startMailWorker({ expireEverySeconds: 0 });
});

afterAll(async () => {
  await stopMailDelivery(smtp);
});

const signUp = (input: SignUpInput, clientAddress = uniqueAddress()) => registerOrganization(input, { clientAddress });

const mailTo = (address: string) => (mail: TestMail) => mail.envelope.to.includes(address);
const linkIn = (mail: TestMail) => /\/verify-email\?token=([\w-]{43})/.exec(mail.text ?? "")?.[1];

async function rowCounts() {
  const [organizations, users] = await Promise.all([db.organization.count(), db.user.count()]);
  return { organizations, users };
}

describe("sign-up throttle", () => {
  it("refuses the sign-ups of one address beyond its allowance, writing nothing, and not another's", async () => {
    const address = uniqueAddress();
    const allowed = throttlePolicies["signUp.address"].free;
    for (let i = 0; i < allowed; i += 1) expect((await signUp(signUpInput("BUYER"), address)).outcome).toBe("created");
    const before = await rowCounts();
    const error = await expectAppError(signUp(signUpInput("BUYER"), address), "RATE_LIMITED", "tooManySignUps");
    expect(error.params).toEqual({ unit: "seconds", count: 60 });
    expect(await rowCounts()).toEqual(before);
    expect((await signUp(signUpInput("BUYER"))).outcome).toBe("created");
  });
});

describe("confirmation link", () => {
  it("mails a new account a link in its language; the account signs in only after following it, once", async () => {
    const input = signUpInput("BUYER", { email: "irina.link@example.test" });
    expect((await signUp(input)).outcome).toBe("created");
    const password = { email: input.email, password: input.password };
    expect(await signInWithPassword(password, { clientAddress: uniqueAddress() })).toEqual({
      ok: false,
      reason: "unconfirmed",
    });

    const [mail] = await smtp.waitForMail(mailTo(input.email));
    expect(mail.subject).toBe("Подтвердите адрес почты для FairBridge");
    expect(mail.text).toContain("https://fair.example.test/ru/verify-email?token=");
    const token = linkIn(mail)!;
    // Only the hash is stored.
    expect(await db.emailVerificationToken.count({ where: { tokenHash: token } })).toBe(0);

    expect(await confirmEmail(token)).toBe("confirmed");
    expect(await confirmEmail(token)).toBe("alreadyConfirmed");
    expect(await signInWithPassword(password, { clientAddress: uniqueAddress() })).toMatchObject({ ok: true });
  });

  it("refuses an expired link and an unknown one", async () => {
    const input = signUpInput("SUPPLIER");
    const created = await signUp(input);
    if (created.outcome !== "created") throw new Error("expected a new account");
    const stale = await issueVerificationToken(created.user.id, { now: new Date(Date.now() - 49 * 3_600_000) });
    expect(await confirmEmail(stale)).toBe("expired");
    expect(await confirmEmail(newVerificationToken())).toBe("invalid");
    expect(await confirmEmail("not a token")).toBe("invalid");
    expect(await db.user.findUniqueOrThrow({ where: { id: created.user.id } })).toMatchObject({
      emailVerifiedAt: null,
    });
  });

  it("sends the link again on request, throttled, with the same answer for any address", async () => {
    const input = signUpInput("BUYER", { email: "resend.me@example.test" });
    await signUp(input);
    const clientAddress = uniqueAddress();
    await requestVerificationMail({ email: input.email }, { clientAddress });
    await requestVerificationMail({ email: "nobody.here@example.test" }, { clientAddress });
    await smtp.waitForMail(mailTo(input.email), { count: 2 });
    await requestVerificationMail({ email: input.email }, { clientAddress });
    await expectAppError(
      requestVerificationMail({ email: input.email }, { clientAddress: uniqueAddress() }),
      "RATE_LIMITED",
      "tooManyVerificationMails",
    );
  });
});

describe("an address already registered", () => {
  it("answers like a new one, writes nothing and mails its owner a notice", async () => {
    const first = signUpInput("SUPPLIER", { email: "owner.notice@example.test" });
    const created = await signUp(first);
    if (created.outcome !== "created") throw new Error("expected a new account");
    await confirmEmail(linkIn((await smtp.waitForMail(mailTo(first.email)))[0]));
    const before = await rowCounts();

    expect(await signUp(signUpInput("BUYER", { email: "Owner.Notice@Example.TEST" }))).toEqual({
      outcome: "alreadyRegistered",
    });
    expect(await rowCounts()).toEqual(before);
    const [notice] = await smtp.waitForMail((mail) => mailTo(first.email)(mail) && !linkIn(mail));
    expect(notice.subject).toBe("有人尝试使用您的邮箱注册 FairBridge");
  });
});

describe("internationalized domains", () => {
  it("accepts ivanov@пример.рф, treats its punycode as the same address and delivers to it", async () => {
    const input = signUpInput("BUYER", { email: "Ivanov@Пример.РФ" });
    expect((await signUp(input)).outcome).toBe("created");
    const stored = await db.user.findUniqueOrThrow({ where: { email: "ivanov@пример.рф" } });
    expect(stored.email).toBe("ivanov@пример.рф");

    expect(await signUp(signUpInput("BUYER", { email: "ivanov@xn--e1afmkfd.xn--p1ai" }))).toEqual({
      outcome: "alreadyRegistered",
    });
    // nodemailer writes the domain in punycode (RCPT TO and To:), so no SMTPUTF8 is needed;
    // the receiving server (smtp-server) reads the envelope's domain back as Unicode.
    const [mail] = await smtp.waitForMail(mailTo("ivanov@пример.рф"));
    expect(linkIn(mail)).toBeDefined();
    expect(mail.raw.toString("latin1")).toContain("<ivanov@xn--e1afmkfd.xn--p1ai>");
    expect(
      await signInWithPassword(
        { email: "IVANOV@xn--e1afmkfd.xn--p1ai", password: input.password },
        { clientAddress: uniqueAddress() },
      ),
    ).toEqual({ ok: false, reason: "unconfirmed" });
  });
});
