import { expect, test, type Browser, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";

// Issue 6: an organizer (who creates sessions in e2e/console.spec.ts) auto-schedules
// the upcoming demo fair's fabric session, moves one of the buyer's meetings by hand,
// publishes, and the buyer finds the meeting at its new time in their schedule.

// About twenty console pages (three languages and phone width) after the scheduling itself:
// more than the default minute when the 2-core machine is busy.
test.describe.configure({ timeout: 150_000 });

const upcomingFair = /Zhejiang Export Online Fair \(Russia\) \d{4}/;
const buyerName = "TextileImport LLC";

async function signedIn(browser: Browser, email: string, locale: "en" | "zh" | "ru" = "en"): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: locale === "zh" ? "Asia/Shanghai" : "Europe/Moscow" });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

test("the organizer auto-schedules the fabric session, moves a meeting, publishes, and the buyer sees it", async ({
  browser,
}) => {
  const organizer = await signedIn(browser, demo.organizer);
  await organizer.goto("/en/admin/fairs");
  const fair = organizer.getByTestId("console-fair").filter({ hasText: upcomingFair });
  await fair.getByRole("link", { name: "Fabric and Accessories" }).click();
  await expect(organizer.getByTestId("session-kpis")).toBeVisible();
  await organizer.getByRole("link", { name: "Auto-schedule" }).click();
  await expect(organizer.getByTestId("no-draft")).toBeVisible();

  // The organizer lifts their proposal (Lanhua – Yenisei Style) to the highest priority first.
  await organizer.getByText(/Priorities of your proposals/).click();
  const priorities = organizer.getByTestId("proposal-priorities");
  await priorities.locator("select").first().selectOption("2");
  await priorities.getByRole("button", { name: "Save" }).first().click();
  await expect(priorities.getByRole("status").first()).toHaveText("Saved.");

  await organizer.getByTestId("run-auto-schedule").click();
  await expect(organizer.getByTestId("solving")).toBeVisible();
  await expect(organizer.getByTestId("draft-summary")).toBeVisible();
  const placed = organizer.getByTestId("draft-placed").getByTestId("draft-row");
  await expect(placed.first()).toBeVisible();
  const placedCount = await placed.count();
  expect(placedCount).toBeGreaterThan(1);
  await organizer.screenshot({ path: "e2e/screenshots/auto-schedule-draft-en.png", fullPage: true });

  // Move one of the Moscow buyer's meetings. Onto another meeting's slot of the same buyer: refused inline.
  const buyerRows = placed.filter({ has: organizer.getByTestId("draft-buyer").getByText(buyerName, { exact: true }) });
  expect(await buyerRows.count()).toBeGreaterThan(1);
  const supplier = (await buyerRows.first().getByTestId("draft-supplier").innerText()).trim();
  const otherSlot = await buyerRows.nth(1).getAttribute("data-slot");
  // The pair is unique in a draft: this locator keeps finding the row after it moves.
  const row = buyerRows.filter({ has: organizer.getByTestId("draft-supplier").getByText(supplier, { exact: true }) });
  const before = (await row.getByTestId("draft-time").innerText()).trim();
  const currentSlot = await row.getAttribute("data-slot");
  await row.getByTestId("draft-move").click();
  const form = row.getByTestId("move-form");
  const select = form.locator("select");

  // Onto the buyer's other meeting: refused inline, nothing saved.
  await select.selectOption(otherSlot!);
  await form.getByRole("button", { name: "Check and move" }).click();
  await expect(form.getByTestId("move-conflict")).toContainText("TextileImport LLC already has a meeting then");
  await organizer.screenshot({ path: "e2e/screenshots/auto-schedule-conflict-en.png", fullPage: true });

  // Then the latest slots, each in a fresh form, until one is free for everyone.
  const options = await select
    .locator("option")
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
  await form.getByRole("button", { name: "Cancel" }).click();
  let moved = false;
  for (const option of options
    .filter((o) => o !== currentSlot && o !== otherSlot)
    .reverse()
    .slice(0, 15)) {
    await row.getByTestId("draft-move").click();
    await select.selectOption(option);
    await form.getByRole("button", { name: "Check and move" }).click();
    const outcome = async () =>
      (await form.count()) === 0
        ? "moved"
        : (await form.getByTestId("move-conflict").count()) > 0
          ? "conflict"
          : "wait";
    await expect.poll(outcome).not.toBe("wait");
    if ((await outcome()) === "moved") {
      moved = true;
      break;
    }
    await form.getByRole("button", { name: "Cancel" }).click();
  }
  expect(moved, "some later slot is free for the pair").toBe(true);
  await expect(row.getByTestId("draft-time")).not.toHaveText(before);
  const newSlot = (await row.getAttribute("data-slot"))!;
  // The buyer (Moscow) will see the new start on their own clock.
  const movedClock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Moscow",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(newSlot));
  expect(await row.getAttribute("data-slot")).not.toBe(currentSlot);

  await organizer.getByTestId("publish-draft").click();
  await expect(organizer.getByTestId("draft-summary").getByTestId("form-success")).toContainText(
    `${placedCount} meetings were booked`,
  );
  await expect(organizer.getByText(/Published .*: these meetings are booked/)).toBeVisible();
  await organizer.screenshot({ path: "e2e/screenshots/auto-schedule-published-en.png", fullPage: true });

  const buyer = await signedIn(browser, demo.buyer);
  await buyer.goto("/en/meetings");
  const meeting = buyer
    .getByTestId("schedule-meeting")
    .filter({ hasText: supplier })
    .filter({ hasText: `${movedClock}–` });
  await expect(meeting).toBeVisible();
  await buyer.screenshot({ path: "e2e/screenshots/auto-schedule-buyer-en.png", fullPage: true });

  // Shortening the day would cut booked meetings: they are listed, and keeping them saves nothing.
  await organizer.getByRole("link", { name: "Timetable & rules" }).click();
  await organizer.getByLabel("Meetings until").fill("16:00");
  await organizer.getByRole("button", { name: "Save changes" }).click();
  const affected = organizer.getByTestId("affected-meeting");
  await expect(affected.first()).toBeVisible();
  await expect(affected.filter({ hasText: supplier }).filter({ hasText: buyerName })).toBeVisible();
  await organizer.screenshot({ path: "e2e/screenshots/console-affected-en.png", fullPage: true });
  await organizer.getByRole("button", { name: "Keep the meetings, don't save" }).click();
  await expect(organizer.getByText("Nothing was saved.", { exact: false })).toBeVisible();
  await organizer.reload();
  await expect(organizer.getByLabel("Meetings until")).toHaveValue("18:00");
  await organizer.getByRole("link", { name: "Auto-schedule" }).click();
  await expect(organizer.getByTestId("draft-summary")).toBeVisible();

  // Every console page of the session, in each language, then at phone width.
  const schedulePath = new URL(organizer.url()).pathname.replace(/^\/en\//, "/");
  const sessionPath = schedulePath.replace(/\/schedule$/, "");
  const pages = [
    { name: "auto-schedule", path: schedulePath, ready: "draft-summary" },
    { name: "console-status", path: sessionPath, ready: "session-kpis" },
    { name: "console-participants", path: `${sessionPath}/participants`, ready: "registrations" },
    { name: "console-interpreters", path: `${sessionPath}/interpreters`, ready: "shift-form" },
  ];
  for (const locale of ["en", "zh", "ru"] as const) {
    for (const page of pages) {
      await organizer.goto(`/${locale}${page.path}`);
      await expect(organizer.getByTestId(page.ready).first()).toBeVisible();
      await organizer.screenshot({ path: `e2e/screenshots/${page.name}-${locale}.png`, fullPage: true });
    }
  }
  await organizer.setViewportSize({ width: 390, height: 844 });
  for (const page of pages) {
    await organizer.goto(`/en${page.path}`);
    await expect(organizer.getByTestId(page.ready).first()).toBeVisible();
    await organizer.screenshot({ path: `e2e/screenshots/${page.name}-phone.png`, fullPage: true });
  }
});
