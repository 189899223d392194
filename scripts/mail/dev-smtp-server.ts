/**
 * The local SMTP server for development and tests: accepts every message on
 * 127.0.0.1 (no TLS, any or no login) and keeps it, so mail never leaves the machine.
 *   npx tsx scripts/mail/dev-smtp-server.ts      listens on $SMTP_PORT (default 2525) and
 *                                                writes each message to .fairbridge/mail/*.eml
 * `npm run dev` / `npm run demo` start it in-process when SMTP_URL is unset.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { SMTPServer, type SMTPServerEnvelope } from "smtp-server";

export const DEFAULT_MAIL_DIR = ".fairbridge/mail";

export type ReceivedMail = { raw: Buffer; envelope: { from: string | null; to: string[] }; receivedAt: Date };

export type DevSmtpServer = { port: number; url: string; close: () => Promise<void> };

export type DevSmtpOptions = {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folder for .eml files; null keeps nothing on disk. */
  dir?: string | null;
  onMail?: (mail: ReceivedMail) => void;
};

function envelopeOf(envelope: SMTPServerEnvelope): ReceivedMail["envelope"] {
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : null,
    to: envelope.rcptTo.map((rcpt) => rcpt.address),
  };
}

let sequence = 0;

/** Starts the server; resolves once it listens. */
export async function startDevSmtpServer({
  host = "127.0.0.1",
  port = 2525,
  dir = DEFAULT_MAIL_DIR,
  onMail,
}: DevSmtpOptions = {}): Promise<DevSmtpServer> {
  if (dir) await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    // Plain SMTP on the loopback: nodemailer would refuse the built-in self-signed certificate.
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "dev" });
    },
    size: 25 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const mail: ReceivedMail = {
          raw: Buffer.concat(chunks),
          envelope: envelopeOf(session.envelope),
          receivedAt: new Date(),
        };
        const stored = dir
          ? writeFile(join(dir, `${mail.receivedAt.toISOString().replace(/[:.]/g, "-")}-${++sequence}.eml`), mail.raw)
          : Promise.resolve();
        stored.then(
          () => {
            onMail?.(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
  // Errors after start (a client dropping its connection) must not crash the app.
  server.on("error", (error) => console.warn("dev smtp server:", error.message));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://${host}:${actual}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The tiny reader: every stored message in the folder, oldest first. */
export async function readMailbox(dir = DEFAULT_MAIL_DIR): Promise<{ file: string; raw: Buffer }[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort();
  return Promise.all(files.map(async (file) => ({ file, raw: await readFile(join(dir, file)) })));
}

async function main() {
  const port = Number(process.env.SMTP_PORT || 2525);
  const dir = resolve(process.env.MAIL_DIR || DEFAULT_MAIL_DIR);
  const server = await startDevSmtpServer({
    port,
    dir,
    onMail: (mail) => console.log(`[mail] ${mail.envelope.from ?? "?"} -> ${mail.envelope.to.join(", ")}`),
  });
  console.log(`[mail] dev SMTP server on ${server.url}; messages in ${dir}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
