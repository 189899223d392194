import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { e2eMailDir } from "./mail-dir";

const mailDir = e2eMailDir(Number(process.env.E2E_PORT ?? 3100));

export type ReceivedMail = { file: string; to: string[]; subject: string; text: string; mail: ParsedMail };

/** The .eml files the e2e server's SMTP server wrote since `since`, parsed. */
async function mailSince(since: Date): Promise<ReceivedMail[]> {
  const files = (await readdir(mailDir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml"));
  const fresh = [];
  for (const file of files) {
    if ((await stat(join(mailDir, file))).mtimeMs >= since.getTime() - 1_000) fresh.push(file);
  }
  return Promise.all(
    fresh.sort().map(async (file) => {
      const mail = await simpleParser(await readFile(join(mailDir, file)));
      const to = [mail.to ?? []].flat().flatMap((address) => address.value.map((a) => a.address?.toLowerCase() ?? ""));
      return { file, to, subject: mail.subject ?? "", text: mail.text ?? "", mail };
    }),
  );
}

/**
 * Waits for a mail to `recipient` (sent since `since`) whose subject matches; the app
 * sends through a Postgres job queue, so it arrives a moment after the action.
 */
export async function expectMail(
  recipient: string,
  subject: RegExp,
  { since, body }: { since: Date; body?: string | RegExp },
): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect(async () => {
    const mails = await mailSince(since);
    found = mails.find(
      (mail) =>
        mail.to.includes(recipient.toLowerCase()) &&
        subject.test(mail.subject) &&
        (body === undefined || (typeof body === "string" ? mail.text.includes(body) : body.test(mail.text))),
    );
    expect(
      found,
      `mail to ${recipient} matching ${subject}; seen: ${mails.map((m) => `${m.to} "${m.subject}"`).join(" | ")}`,
    ).toBeDefined();
  }).toPass({ timeout: 30_000, intervals: [500, 1_000] });
  return found!;
}
