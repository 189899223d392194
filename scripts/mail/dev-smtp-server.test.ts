import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { readMailbox, startDevSmtpServer } from "./dev-smtp-server";

describe("the dev SMTP server", () => {
  it("accepts a message without TLS or login and keeps it as an .eml file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "fairbridge-mail-"));
    const received: string[][] = [];
    const server = await startDevSmtpServer({ port: 0, dir, onMail: (mail) => received.push(mail.envelope.to) });
    try {
      const transport = nodemailer.createTransport(server.url);
      await transport.sendMail({
        from: "no-reply@fairbridge.local",
        to: "buyer@example.test",
        subject: "Встреча назначена",
        text: "10:00 Moscow · 15:00 Hangzhou",
      });
      transport.close();
      expect(received).toEqual([["buyer@example.test"]]);
      const mailbox = await readMailbox(dir);
      expect(mailbox).toHaveLength(1);
      expect(mailbox[0].file).toMatch(/\.eml$/);
      expect(mailbox[0].raw.toString("utf8")).toContain("To: buyer@example.test");
    } finally {
      await server.close();
    }
  });
});
