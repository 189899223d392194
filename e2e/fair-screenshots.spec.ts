import { expect, test } from "./support/test";

// Screenshots of the public fair page in every language, for people to look at
// (written to e2e/screenshots/, git-ignored). Also asserts nothing is untranslated.
for (const [locale, heading] of [
  ["en", "5 industry sessions"],
  ["zh", "5 个行业专场"],
  ["ru", "5 отраслевых сессий"],
] as const) {
  test(`fair page in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/fairs/zhejiang-export-russia-2022`);
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+/); // no raw message keys
    await page.screenshot({ path: `e2e/screenshots/fair-${locale}.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: `e2e/screenshots/fair-${locale}-phone.png`, fullPage: true });
  });
}
