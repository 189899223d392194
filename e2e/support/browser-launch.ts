import { existsSync } from "node:fs";

/** Debian's Chromium; Playwright's own browser download cannot work on these machines. */
export const chromiumPath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

/** The flags every journey's Chromium runs with (playwright.config.ts). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * For video journeys: a fake camera and microphone. launchOptions replace the
 * config's, so a spec that needs the devices uses these instead (`test.use(withFakeCamera)`).
 */
export const withFakeCamera = {
  permissions: ["camera", "microphone"],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      ...chromiumArgs,
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      "--allow-loopback-in-peer-connection",
      "--autoplay-policy=no-user-gesture-required",
    ],
  },
};
