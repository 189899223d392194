import { expect, test, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";

// The demo buyer (Moscow) sets when it can meet in the 2022 fabric session
// (Hangzhou 10:00-18:00 = 05:00-13:00 Moscow): it starts from the default
// (08:00-13:00 Moscow), bad input is refused in its language without losing what
// was typed or saving anything, good input is saved, and "reset" brings the
// default back. The session is picked by its 2022 dates, so other (upcoming)
// sessions in the seed do not matter.

const shoot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

async function openFabricSession(page: Page): Promise<string> {
  await page.goto("/en/meetings");
  await page.getByRole("link", { name: "Set when you can meet" }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/availability/);
  await page
    .getByRole("navigation", { name: "Sessions" })
    .getByRole("link")
    .filter({ hasText: "Fabric and Accessories" })
    .filter({ hasText: "2022" })
    .click();
  await expect(page).toHaveURL(/\?session=/);
  await expect(page.getByRole("heading", { level: 2, name: "Fabric and Accessories" })).toBeVisible();
  return new URL(page.url()).searchParams.get("session")!;
}

async function resetToDefault(page: Page): Promise<void> {
  await page.getByTestId("reset-availability").getByRole("button", { name: "Reset to default" }).click();
  await page.getByTestId("reset-availability").getByRole("button", { name: "Yes, reset" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The default hours apply again." })).toBeVisible();
}

async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save availability" }).click();
}

test("a buyer edits its availability on its own clock; bad input is refused, nothing lost", async ({
  page,
  browser,
}) => {
  await signIn(page, demo.buyer, undefined, "en");
  const sessionId = await openFabricSession(page);
  if (await page.getByTestId("reset-availability").isVisible()) await resetToDefault(page); // a rerun

  await expect(page.getByTestId("availability-status")).toHaveText("Default hours");
  await expect(page.getByTestId("availability-zones")).toContainText("Moscow (UTC+3)");
  await expect(page.getByTestId("availability-zones")).toContainText("Hangzhou (UTC+8)");
  const days = page.getByTestId("availability-day");
  await expect(days).toHaveCount(2);
  await expect(days.first()).toContainText("Meeting hours of the session: 05:00–13:00 Moscow · 10:00–18:00 Hangzhou");
  await expect(page.locator("#d0r0-start")).toHaveValue("08:00");
  await expect(page.locator("#d0r0-end")).toHaveValue("13:00");
  await expect(days.first().getByTestId("reference-time")).toHaveText("= 13:00–18:00 Hangzhou");
  await shoot(page, "availability-default-en");

  // End before start: refused, the typed value stays, nothing is saved.
  await page.locator("#d0r0-end").fill("07:00");
  await save(page);
  await expect(page.getByTestId("availability-error")).toHaveText("Please correct the highlighted fields.");
  await expect(page.locator("#d0r0-error")).toHaveText("The end must not be before the start.");
  await expect(page.locator("#d0r0-end")).toHaveValue("07:00");
  await shoot(page, "availability-error-en");
  await page.reload();
  await expect(page.getByTestId("availability-status")).toHaveText("Default hours");
  await expect(page.locator("#d0r0-end")).toHaveValue("13:00");

  // Outside the session's hours (the window closes at 13:00 Moscow).
  await page.locator("#d0r0-start").fill("12:00");
  await page.locator("#d0r0-end").fill("14:00");
  await save(page);
  await expect(page.locator("#d0r0-error")).toHaveText(
    "This time range lies outside the session's meeting hours for that day.",
  );

  // Overlapping ranges on one day.
  await page.locator("#d0r0-start").fill("09:00");
  await page.locator("#d0r0-end").fill("11:00");
  await days.first().getByRole("button", { name: "Add time range" }).click();
  await expect(page.locator("#d0r1-start")).toHaveValue("11:00");
  await page.locator("#d0r1-start").fill("10:00");
  await page.locator("#d0r1-end").fill("12:00");
  await save(page);
  await expect(page.locator("#day-0-error")).toHaveText("The time ranges of a day must not overlap.");
  await page.reload();
  await expect(page.getByTestId("availability-status")).toHaveText("Default hours");

  // Good input: two ranges on the first day, none on the second.
  await page.locator("#d0r0-start").fill("09:00");
  await page.locator("#d0r0-end").fill("11:00");
  await days.first().getByRole("button", { name: "Add time range" }).click();
  await page.locator("#d0r1-start").fill("12:00");
  await page.locator("#d0r1-end").fill("13:00");
  await days.nth(1).getByRole("button", { name: "Remove the range 08:00–13:00" }).click();
  await expect(days.nth(1)).toContainText("Not available this day.");
  await save(page);
  await expect(page).toHaveURL(new RegExp(`session=${sessionId}&done=saved`));
  await expect(page.getByRole("status").filter({ hasText: "Your availability is saved." })).toBeVisible();
  await expect(page.getByTestId("availability-status")).toHaveText("Your own hours");
  await page.reload();
  await expect(page.locator("#d0r0-start")).toHaveValue("09:00");
  await expect(page.locator("#d0r0-end")).toHaveValue("11:00");
  await expect(page.locator("#d0r1-start")).toHaveValue("12:00");
  await expect(days.first().getByTestId("reference-time").first()).toHaveText("= 14:00–16:00 Hangzhou");
  await expect(days.nth(1)).toContainText("Not available this day.");
  await shoot(page, "availability-en");

  // Each language in a browser of that language (time inputs then use its clock format).
  for (const locale of ["zh", "ru"] as const) {
    const context = await browser.newContext({ locale: { zh: "zh-CN", ru: "ru-RU" }[locale] });
    const localPage = await context.newPage();
    await signIn(localPage, demo.buyer, undefined, locale);
    for (const width of [1280, 375]) {
      await localPage.setViewportSize({ width, height: 900 });
      await localPage.goto(`/${locale}/meetings/availability?session=${sessionId}`);
      await expect(localPage.getByRole("heading", { level: 1 })).toHaveText(
        { zh: "可洽谈时间", ru: "Когда я могу встретиться" }[locale],
      );
      await expect(localPage.getByTestId("availability-status")).toHaveText(
        { zh: "自定义时间", ru: "Ваше время" }[locale],
      );
      await shoot(localPage, `availability-${locale}${width < 400 ? "-phone" : ""}`);
      const overflow = await localPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  }

  // Reset brings the default back.
  await page.goto(`/en/meetings/availability?session=${sessionId}`);
  await resetToDefault(page);
  await expect(page.getByTestId("availability-status")).toHaveText("Default hours");
  await expect(page.locator("#d0r0-start")).toHaveValue("08:00");
  await expect(days.nth(1).locator("#d1r0-end")).toHaveValue("13:00");
});

test("the availability editor is for suppliers and buyers only", async ({ page }) => {
  await signIn(page, demo.organizer);
  await page.goto("/en/meetings/availability");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
});
