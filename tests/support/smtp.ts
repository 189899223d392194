import { simpleParser, type ParsedMail } from "mailparser";
import { startDevSmtpServer, type ReceivedMail } from "../../scripts/mail/dev-smtp-server";

export type TestMail = ParsedMail & { envelope: ReceivedMail["envelope"]; raw: Buffer };

export type TestSmtp = {
  url: string;
  port: number;
  /** Everything received so far, parsed, in arrival order. */
  messages: TestMail[];
  /** Polls until `count` messages match (default 1), or fails after `timeout` ms. */
  waitForMail: (
    predicate: (mail: TestMail) => boolean,
    options?: { timeout?: number; count?: number },
  ) => Promise<TestMail[]>;
  close: () => Promise<void>;
};

/** An in-process SMTP server on a free port that keeps messages in memory (nothing on disk). */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: TestMail[] = [];
  const parsing: Promise<void>[] = [];
  const server = await startDevSmtpServer({
    port: 0,
    dir: null,
    onMail: (mail) => {
      parsing.push(
        simpleParser(mail.raw).then((parsed) => {
          messages.push(Object.assign(parsed, { envelope: mail.envelope, raw: mail.raw }));
        }),
      );
    },
  });
  const waitForMail: TestSmtp["waitForMail"] = async (predicate, { timeout = 20_000, count = 1 } = {}) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      await Promise.all(parsing);
      const found = messages.filter(predicate);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        const seen = messages.map((m) => `${m.envelope.to.join(",")}: ${m.subject}`).join("\n  ");
        throw new Error(
          `waited ${timeout} ms for ${count} matching mail(s), got ${found.length}; received:\n  ${seen}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { url: server.url, port: server.port, messages, waitForMail, close: server.close };
}
