import { expect, test, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";

// A buyer connects a CRM and a calendar app from the settings page: an API token
// works against the public API until it is revoked, and the private calendar feed
// serves text/calendar until it is revoked. The API calls go through Playwright's
// own request context, which carries no session cookie: only the token counts.

const shoot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

test("a buyer creates an API token, uses it, revokes it; the calendar feed likewise", async ({ page, request }) => {
  await signIn(page, demo.buyer, undefined, "en");
  await page.goto("/en/dashboard");
  await page.getByRole("button", { name: "More" }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/en\/settings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect(page.getByTestId("openapi-link")).toHaveText(/\/api\/v1\/openapi\.json$/);

  // An empty name is refused in the user's language, nothing is created.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#name-error")).toHaveText("Give the token a name, e.g. the CRM that will use it.");

  const name = `E2E CRM ${Date.now()}`;
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("It is shown only once");
  const token = await shown.locator("#new-token").inputValue();
  expect(token).toMatch(/^fb_[A-Za-z0-9_-]{43}$/);
  await shoot(page, "settings-token-created-en");

  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(`${token.slice(0, 8)}…`);
  await expect(row).toContainText("Active");

  const meetings = () => request.get("/api/v1/meetings", { headers: { authorization: `Bearer ${token}` } });
  expect((await meetings()).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0); // shown once: gone after a reload
  await expect(row).not.toContainText("never"); // last used is now set

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText(`Revoke "${name}"?`);
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByRole("button", { name: "Revoke" })).toBeFocused();
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: "Revoke" })).toHaveCount(0);
  const refused = await meetings();
  expect(refused.status()).toBe(401);

  // Calendar feed: create, fetch as a calendar app would, revoke, 404.
  if (await page.getByTestId("revoke-feed").isVisible()) {
    await page.getByTestId("revoke-feed").getByRole("button", { name: "Revoke feed" }).click();
    await page.getByTestId("revoke-feed").getByRole("button", { name: "Yes, revoke" }).click();
  }
  await expect(page.getByTestId("feed-status")).toHaveText("You have no calendar feed yet.");
  await page.getByRole("button", { name: "Create feed address" }).click();
  const feedUrl = await page.getByTestId("new-feed").locator("#feed-url").inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar\/[\w-]{43}$/);
  const feedPath = new URL(feedUrl).pathname;
  const feed = await request.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await expect(page.getByTestId("feed-status")).toContainText("Your feed is active");
  await expect(page.getByRole("button", { name: "Regenerate address" })).toBeVisible();
  await shoot(page, "settings-feed-created-en");

  await page.getByTestId("revoke-feed").getByRole("button", { name: "Revoke feed" }).click();
  await page.getByTestId("revoke-feed").getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByTestId("feed-status")).toHaveText("You have no calendar feed yet.");
  expect((await request.get(feedPath)).status()).toBe(404);
});

test("every role reaches settings, in every language and at phone width", async ({ browser }) => {
  const titles = { en: "Settings", zh: "设置", ru: "Настройки" } as const;
  for (const [email, tag] of [
    [demo.organizer, "organizer"],
    [demo.interpreter, "interpreter"],
    [demo.supplier, "supplier"],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    for (const locale of ["en", "zh", "ru"] as const) {
      await page.goto(`/${locale}/settings`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[locale]);
      await expect(page.getByTestId("create-token-form")).toBeVisible();
      await expect(page.getByTestId("calendar-feed-form")).toBeVisible();
      if (tag === "supplier") await shoot(page, `settings-${locale}`);
    }
    if (tag === "supplier") {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto("/ru/settings");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles.ru);
      await shoot(page, "settings-ru-phone");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});
