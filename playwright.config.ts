import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./e2e/support/browser-launch";
import { e2eMailDir, e2eSmtpPort } from "./e2e/support/mail-dir";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const databasePort = Number(process.env.E2E_DB_PORT ?? 54331);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    timezoneId: "Europe/Moscow",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The database is prepared inside the server command (Playwright starts
  // webServer before globalSetup): a fresh embedded PostgreSQL with the demo fair.
  webServer: {
    command: `npx tsx scripts/app.ts start --no-build --port ${port} --db pg-e2e-${port} --db-port ${databasePort} --db-port-variable E2E_DB_PORT --fresh`,
    url: `${baseURL}/en`,
    timeout: 180_000,
    // The server's own dev SMTP server and mail folder, which journeys read (e2e/support/mailbox.ts).
    // Likewise its own local Janus (scripts/janus/local-janus.ts) for the showcase journeys.
    env: {
      SMTP_PORT: String(e2eSmtpPort(port)),
      MAIL_DIR: e2eMailDir(port),
      // Below Linux's ephemeral range (32768+), where an outgoing connection could hold the port.
      JANUS_PORT: String(port + 5_000),
      DEMO_BROADCASTER: "off",
    },
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
