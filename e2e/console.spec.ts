import { expect, test, type Browser, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";

// The organizer console (issue 6): create a fair and a session, fix a mistake
// without losing input, change the timetable; suppliers and buyers are kept out.

async function signedIn(browser: Browser, email: string, locale: "en" | "zh" | "ru" = "en"): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: locale === "zh" ? "Asia/Shanghai" : "Europe/Moscow" });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

const isoDay = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

test("an organizer creates a fair and a session in the console, then edits its timetable", async ({ browser }) => {
  const organizer = await signedIn(browser, demo.organizer);
  const stamp = Date.now().toString(36);
  await organizer.goto("/en/dashboard");
  await organizer.getByRole("navigation").first().getByRole("link", { name: "Fairs & sessions" }).first().click();
  await expect(organizer).toHaveURL(/\/en\/admin\/fairs$/);
  await organizer.getByRole("link", { name: "New fair" }).click();

  // A mistake first: the end before the start is refused, nothing lost.
  await organizer.getByLabel("Name (English)").fill(`E2E Silk Week ${stamp}`);
  await organizer.getByLabel("Name (Chinese)").fill(`丝绸周 ${stamp}`);
  await organizer.getByLabel("Name (Russian)").fill(`Неделя шёлка ${stamp}`);
  await organizer.getByLabel("Web address").fill(`e2e-silk-${stamp}`);
  await organizer.getByLabel("First day").fill(isoDay(40));
  await organizer.getByLabel("Last day").fill(isoDay(39));
  await organizer.getByRole("button", { name: "Create fair" }).click();
  await expect(organizer.locator("#endDate-error")).toBeVisible();
  await expect(organizer.getByLabel("Name (English)")).toHaveValue(`E2E Silk Week ${stamp}`);
  await organizer.getByLabel("Last day").fill(isoDay(42));
  await organizer.getByRole("button", { name: "Create fair" }).click();
  await expect(organizer).toHaveURL(/\/en\/admin\/fairs\/[^/]+\?done=created/);
  await expect(organizer.getByTestId("fair-status")).toHaveText("Draft");

  await organizer.getByRole("link", { name: "New session" }).click();
  await organizer.getByLabel("Title (English)").fill("Silk fabrics");
  await organizer.getByLabel("Title (Chinese)").fill("丝绸面料");
  await organizer.getByLabel("Title (Russian)").fill("Шёлковые ткани");
  await organizer.getByLabel("Web address").fill("silk");
  await organizer.getByLabel("First day").fill(isoDay(40));
  await organizer.getByLabel("Last day").fill(isoDay(41));
  await organizer.getByLabel("Meetings from").fill("09:00");
  await organizer.getByLabel("Meetings until").fill("17:00");
  await organizer.getByLabel("Slot length (minutes)").fill("30");
  await organizer.getByLabel("Breaks").fill("12:00-13:00");
  await organizer.getByRole("button", { name: "Create session" }).click();
  await expect(organizer).toHaveURL(/\/en\/admin\/sessions\/[^/?]+\?done=created/);
  await expect(organizer.getByRole("heading", { level: 1 })).toHaveText("Silk fabrics");
  await expect(organizer.getByTestId("kpi-slots")).toHaveText("28"); // 2 days x (6 + 8) half-hour slots
  const sessionUrl = organizer.url().split("?")[0];

  await organizer.getByRole("link", { name: "Timetable & rules" }).click();
  await organizer.getByLabel("Meetings from").fill("10:00");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  await expect(organizer.getByTestId("form-success")).toHaveText("The session was saved.");
  await organizer.goto(sessionUrl);
  await expect(organizer.getByTestId("kpi-slots")).toHaveText("24");

  await organizer.setViewportSize({ width: 390, height: 844 });
  for (const locale of ["en", "zh", "ru"] as const) {
    await organizer.setViewportSize({ width: 1280, height: 900 });
    await organizer.goto(sessionUrl.replace("/en/", `/${locale}/`));
    await expect(organizer.getByTestId("session-kpis")).toBeVisible();
    await organizer.screenshot({ path: `e2e/screenshots/console-session-${locale}.png`, fullPage: true });
    await organizer.goto(`${sessionUrl.replace("/en/", `/${locale}/`)}/edit`);
    await expect(organizer.getByTestId("session-form")).toBeVisible();
    await organizer.screenshot({ path: `e2e/screenshots/console-session-edit-${locale}.png`, fullPage: true });
    await organizer.goto(`/${locale}/admin/fairs`);
    await expect(organizer.getByTestId("console-fair").first()).toBeVisible();
    await organizer.screenshot({ path: `e2e/screenshots/console-fairs-${locale}.png`, fullPage: true });
  }
  await organizer.setViewportSize({ width: 390, height: 844 });
  await organizer.goto(`${sessionUrl}/edit`);
  await organizer.screenshot({ path: "e2e/screenshots/console-session-edit-phone.png", fullPage: true });
  await organizer.goto("/en/admin/fairs/new");
  await organizer.screenshot({ path: "e2e/screenshots/console-fair-new-phone.png", fullPage: true });
});

test("suppliers and buyers cannot open the console", async ({ browser }) => {
  const supplier = await signedIn(browser, demo.supplier);
  for (const path of ["/en/admin/fairs", "/en/admin/fairs/new"]) {
    await supplier.goto(path);
    await expect(supplier.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  }
});
