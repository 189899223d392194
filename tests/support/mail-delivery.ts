import { stopBoss } from "@/lib/jobs/boss";
import { stopMailWorker } from "@/lib/jobs/mail-worker";
import { closeMailTransport } from "@/lib/mail/transport";
import type { TestSmtp } from "./smtp";

/** Points the app's mail at the test SMTP server, with the links and sender the assertions expect. */
export function deliverMailTo(smtp: TestSmtp): void {
  process.env.SMTP_URL = smtp.url;
  process.env.APP_URL = "https://fair.example.test";
  process.env.MAIL_FROM = "FairBridge <no-reply@fair.example.test>";
}

/** After a file that ran the mail worker: stops it and the queue, closes the transport and the server. */
export async function stopMailDelivery(smtp: TestSmtp | undefined): Promise<void> {
  await stopMailWorker();
  await stopBoss();
  closeMailTransport();
  await smtp?.close();
}
