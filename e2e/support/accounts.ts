import { expect, type Page } from "@playwright/test";

export const demoPassword = "FairBridge2026!";
export const demo = {
  organizer: "organizer@fairbridge.demo",
  supplier: "supplier@fairbridge.demo",
  buyer: "buyer@fairbridge.demo",
  interpreter: "interpreter@fairbridge.demo",
};

/** A unique address per run, so journeys can be repeated against the same database. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.test`;
}

export async function signIn(page: Page, email: string, password = demoPassword, locale = "en"): Promise<void> {
  await page.goto(`/${locale}/login`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/(en|zh|ru)\/dashboard/);
}
