import { domainToASCII, domainToUnicode } from "node:url";
import { z } from "zod";

// The local part as RFC 5322's dot-atom (what mail servers accept without SMTPUTF8).
const localPartPattern = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// A domain in its ASCII (punycode) form: labels of letters, digits and hyphens, a TLD of letters or xn--.
const asciiLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const topLevel = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * An e-mail address in the one form the platform stores and compares: trimmed, NFC,
 * lower-cased, the domain in Unicode. `ivanov@пример.рф` and `IVANOV@xn--e1afmkfd.xn--p1ai`
 * are the same address. Null when it is not a deliverable address.
 */
export function normalizeEmailAddress(raw: string): string | null {
  const value = raw.trim().normalize("NFC").toLowerCase();
  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) return null;
  const local = value.slice(0, at);
  const ascii = domainToASCII(value.slice(at + 1));
  if (local.length > 64 || !localPartPattern.test(local) || !ascii || ascii.length > 253) return null;
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((label) => asciiLabel.test(label)) || !topLevel.test(labels.at(-1)!)) {
    return null;
  }
  return `${local}@${domainToUnicode(ascii)}`;
}

/** The address with its domain in punycode, as an SMTP server without SMTPUTF8 needs it. */
export function asciiEmailAddress(address: string): string {
  const at = address.lastIndexOf("@");
  return `${address.slice(0, at)}@${domainToASCII(address.slice(at + 1))}`;
}

/**
 * The one schema every e-mail field is parsed with (sign-up, sign-in, organizers,
 * interpreters). Messages are keys of the "errors" catalogue.
 */
export const emailSchema = z
  .string("required")
  .trim()
  .min(1, "required")
  .max(254, "tooLong")
  .transform((value, ctx) => {
    const address = normalizeEmailAddress(value);
    if (address) return address;
    ctx.addIssue({ code: "custom", message: "emailInvalid" });
    return z.NEVER;
  });
