import { mkdirSync } from "node:fs";
import { expect, test, type Browser, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";
import { runE2eStatement, withE2eDatabase } from "./support/test-database";

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

// A drafted company that stops taking part before the publish: the organizer is refused in their
// language, naming it, and nothing is booked; a new run leaves it out. The journey owns the upcoming
// edition's toys session (no other journey schedules there) and two companies of its own.
const refusalShots = process.env.SHOTS_DIR ?? "e2e/screenshots";
const goneBuyer = {
  id: "e2e-refusal-buyer",
  en: "Kazan Refusal Trading LLC",
  zh: "喀山退出测试贸易有限公司",
  ru: "ООО «Казань Отказ Трейдинг»",
};
const keptSupplier = {
  id: "e2e-refusal-supplier",
  en: "Yiwu Refusal Test Toys Co.",
  zh: "义乌退出测试玩具有限公司",
  ru: "Иу Тест Тойз",
};

/** Drafts and seeded companies of a previous run go; the toys session's drafts are this journey's. */
async function removeRefusalWorld(sessionId: string) {
  await runE2eStatement(`DELETE FROM "ScheduleDraft" WHERE "sessionId" = $1`, [sessionId]);
  const ids = [goneBuyer.id, keptSupplier.id];
  await runE2eStatement(
    `DELETE FROM "MeetingRequest" WHERE "fromOrganizationId" = ANY($1) OR "toOrganizationId" = ANY($1)`,
    [ids],
  );
  await runE2eStatement(`DELETE FROM "Meeting" WHERE "supplierOrgId" = ANY($1) OR "buyerOrgId" = ANY($1)`, [ids]);
  await runE2eStatement(`DELETE FROM "User" WHERE "organizationId" = ANY($1)`, [ids]);
  await runE2eStatement(`DELETE FROM "Organization" WHERE id = ANY($1)`, [ids]);
}

/** Both companies approved for the session, the buyer's pending request to the supplier (a pair to schedule). */
async function seedRefusalWorld(): Promise<string> {
  const sessionId = await withE2eDatabase((client) =>
    client
      .query(
        `SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
         WHERE f.slug = 'zhejiang-export-russia-upcoming' AND s.slug = 'toys-children'`,
      )
      .then((r) => r.rows[0].id as string),
  );
  await removeRefusalWorld(sessionId);
  await withE2eDatabase(async (client) => {
    for (const [org, kind, city, country, zone] of [
      [keptSupplier, "SUPPLIER", "Yiwu", "CN", "Asia/Shanghai"],
      [goneBuyer, "BUYER", "Kazan", "RU", "Europe/Moscow"],
    ] as const) {
      await client.query(
        `INSERT INTO "Organization" (id, kind, status, "nameEn", "nameZh", "nameRu", city, country, "timeZone",
           languages, "updatedAt")
         VALUES ($1, $2, 'APPROVED', $3, $4, $5, $6, $7, $8, ARRAY['en', 'ru'], now())`,
        [org.id, kind, org.en, org.zh, org.ru, city, country, zone],
      );
      await client.query(
        `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt")
         VALUES ($1, $2, $3, 'APPROVED', now())`,
        [`${org.id}-reg`, sessionId, org.id],
      );
    }
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "emailVerifiedAt",
         "updatedAt")
       VALUES ($1, 'refusal.buyer@e2e.test', 'not-a-hash', 'Refusal Buyer', 'BUYER', $2, 'Europe/Moscow', now(), now())`,
      [`${goneBuyer.id}-user`, goneBuyer.id],
    );
    await client.query(
      `INSERT INTO "MeetingRequest" (id, "sessionId", "fromOrganizationId", "toOrganizationId", "requestedById",
         message, "expiresAt")
       VALUES ($1, $2, $3, $4, $5, 'Plush toys for the spring season', now() + interval '7 days')`,
      [`${goneBuyer.id}-request`, sessionId, goneBuyer.id, keptSupplier.id, `${goneBuyer.id}-user`],
    );
  });
  return sessionId;
}

/** Meetings of the session (all of them, and those of the seeded companies). */
async function meetingsOf(sessionId: string) {
  return withE2eDatabase(async (client) => {
    const result = await client.query(
      `SELECT count(*)::int AS "all",
         count(*) FILTER (WHERE "supplierOrgId" = $2 OR "buyerOrgId" = $3)::int AS seeded
       FROM "Meeting" WHERE "sessionId" = $1`,
      [sessionId, keptSupplier.id, goneBuyer.id],
    );
    return result.rows[0] as { all: number; seeded: number };
  });
}

test("publishing a draft whose company no longer takes part is refused in every language, and nothing is booked", async ({
  browser,
}) => {
  mkdirSync(refusalShots, { recursive: true });
  const sessionId = await seedRefusalWorld();
  try {
    const schedule = (locale: string) => `/${locale}/admin/sessions/${sessionId}/schedule`;
    const organizer = await signedIn(browser, demo.organizer);
    await organizer.goto(schedule("en"));
    await expect(organizer.getByTestId("no-draft")).toBeVisible();
    const run = organizer.locator("form", { has: organizer.getByTestId("run-auto-schedule") });
    await organizer.getByTestId("run-auto-schedule").click();
    await expect(run.getByTestId("form-success")).toContainText("Draft ready");
    const placed = organizer.getByTestId("draft-placed").getByTestId("draft-row");
    const drafted = placed.filter({
      has: organizer.getByTestId("draft-buyer").getByText(goneBuyer.en, { exact: true }),
    });
    await expect(drafted).toHaveCount(1);
    await expect(drafted.getByTestId("draft-supplier")).toHaveText(keptSupplier.en);
    const before = await meetingsOf(sessionId);

    // A colleague, in another tab, excludes the buyer from the session on its credit record.
    const colleague = await organizer.context().newPage();
    await colleague.goto(`/en/admin/organizations/${goneBuyer.id}/credit`);
    const sanction = colleague.getByTestId("sanction-form");
    await sanction.getByLabel("Sanction").selectOption("exclusion");
    await sanction.getByLabel("Session").selectOption(sessionId);
    await sanction.getByLabel("Reason").fill("Left the fair");
    await sanction.getByRole("button", { name: "Exclude from session" }).click();
    await expect(sanction.getByTestId("form-success")).toContainText("1 pending request was declined");
    await colleague.close();

    // The stale draft is published in each language: refused, naming the company, nothing booked.
    const said = {
      en: `Nothing was booked: ${goneBuyer.en} no longer takes part in this session (its registration was withdrawn or rejected, or the company was suspended), so its drafted meeting with ${keptSupplier.en} cannot be booked. Run auto-schedule again.`,
      zh: `未预订任何洽谈：${goneBuyer.zh} 已不再参加本专场（报名已撤回或被拒绝，或企业已被暂停），因此草案中其与 ${keptSupplier.zh} 的洽谈无法预订。请重新运行自动排期。`,
      ru: `Ничего не забронировано: ${goneBuyer.ru} больше не участвует в этой сессии (регистрация отозвана или отклонена либо компания приостановлена), поэтому её запланированную встречу с ${keptSupplier.ru} забронировать нельзя. Запустите авторасписание заново.`,
    };
    for (const locale of ["en", "zh", "ru"] as const) {
      if (locale !== "en") await organizer.goto(schedule(locale));
      const summary = organizer.getByTestId("draft-summary");
      await expect(
        organizer.getByTestId("draft-buyer").getByText(goneBuyer[locale], { exact: true }),
        "the stale draft still holds the pair",
      ).toHaveCount(1);
      await summary.getByTestId("publish-draft").click();
      await expect(summary.getByTestId("form-error")).toHaveText(said[locale]);
      await expect(summary.getByTestId("form-success")).toHaveCount(0);
      await expect(organizer.locator("[aria-busy=true]")).toHaveCount(0);
      await organizer.screenshot({ path: `${refusalShots}/auto-schedule-party-gone-${locale}.png`, fullPage: true });
      expect(await meetingsOf(sessionId)).toEqual(before);
      expect(before.seeded).toBe(0);
      await organizer.reload();
      await expect(organizer.getByTestId("publish-draft")).toBeVisible(); // the draft is still open
    }

    // A new run leaves the excluded company out; the supplier has nobody else to meet.
    await organizer.getByTestId("run-auto-schedule").click();
    await expect(run.getByTestId("form-success")).toBeVisible();
    await expect(organizer.getByTestId("draft-summary")).toBeVisible();
    await expect(organizer.getByText(goneBuyer.ru, { exact: true })).toHaveCount(0);
    await expect(organizer.getByTestId("draft-supplier").getByText(keptSupplier.ru, { exact: true })).toHaveCount(0);
    const latest = await withE2eDatabase((client) =>
      client
        .query(
          `SELECT d.status, count(i.id) FILTER (WHERE i."buyerOrgId" = $2)::int AS gone
           FROM "ScheduleDraft" d LEFT JOIN "ScheduleDraftItem" i ON i."draftId" = d.id
           WHERE d."sessionId" = $1 GROUP BY d.id ORDER BY d."createdAt" DESC LIMIT 1`,
          [sessionId, goneBuyer.id],
        )
        .then((r) => r.rows[0]),
    );
    expect(latest).toEqual({ status: "OPEN", gone: 0 });
  } finally {
    await removeRefusalWorld(sessionId);
  }
});
