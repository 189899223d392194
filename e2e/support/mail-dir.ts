/**
 * Where the e2e server's dev SMTP server listens and keeps its mail. Each E2E port
 * gets its own port and folder, so journeys read only their own server's mail even
 * when several e2e servers run on one machine (the defaults, 2525 and
 * .fairbridge/mail, would be shared). playwright.config.ts passes both to scripts/app.ts.
 */
export function e2eSmtpPort(appPort: number): number {
  return Number(process.env.E2E_SMTP_PORT ?? appPort + 22_000);
}

export function e2eMailDir(appPort: number): string {
  return process.env.E2E_MAIL_DIR ?? `.fairbridge/mail-e2e-${appPort}`;
}
