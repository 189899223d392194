import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { Client } from "pg";
import { expect, test, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { writeTestPng } from "./support/images";
import { expectMail } from "./support/mailbox";
import { signedIn } from "./support/meetings";
import { fabricSessionId, runE2eStatement, withE2eDatabase } from "./support/test-database";

// Credit supervision: the buyer files a complaint with an evidence image after a held
// meeting (bad input answered in Russian, nothing lost), the organizer reads it with its
// evidence on the supplier's credit record, upholds it and issues a warning; the supplier's
// credit level drops and its "good standing" badge disappears, on the console and on the
// supplier page the buyer sees (which never shows the score or the complaint). An exclusion
// from a session cancels the excluded company's meetings there that have not begun and declines its
// pending requests, in en/zh/ru.

const marker = "e2e-credit";
const shots = process.env.SHOTS_DIR ?? "/tmp/shots-h3b";
mkdirSync(shots, { recursive: true });

async function shoot(page: Page, name: string) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

type Seeded = { meetingId: string; supplierOrgId: string };

/**
 * A meeting of the demo supplier and buyer held in the 2022 edition (written as the booking would),
 * two days ago: complaints are taken up to 30 days after a meeting (COMPLAINT_WINDOW_DAYS).
 */
async function insertHeldMeeting(client: Client, daysAgo = 2): Promise<Seeded> {
  const sessionId = await fabricSessionId(client);
  const orgOf = (email: string) =>
    client
      .query(`SELECT "organizationId" FROM "User" WHERE email = $1`, [email])
      .then((r) => r.rows[0].organizationId as string);
  const supplierOrgId = await orgOf(demo.supplier);
  const buyerOrgId = await orgOf(demo.buyer);
  const meetingId = `e2e${randomBytes(8).toString("hex")}`;
  // 23:00-23:20 Hangzhou two days ago, after any day's slots: no other meeting overlaps.
  await client.query(
    `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
       "roomToken", agenda, "updatedAt")
     VALUES ($1, $2, $3, $4, date_trunc('day', now()) - make_interval(days => $7) + interval '15 hours',
       date_trunc('day', now()) - make_interval(days => $7) + interval '15 hours 20 minutes', 'COMPLETED', $5, $6, now())`,
    [meetingId, sessionId, supplierOrgId, buyerOrgId, randomBytes(24).toString("base64url"), marker, daysAgo],
  );
  return { meetingId, supplierOrgId };
}

// The held meeting would count in the 2022 session's totals that other journeys read (outcomes.spec.ts);
// its complaint goes with it.
test.afterAll(async () => {
  await runE2eStatement(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
});

test.beforeAll(async () => {
  await runE2eStatement(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
});

test("a buyer's upheld complaint and a warning lower the supplier's credit level and badge", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000); // several people, pages in three languages and a phone width
  const { meetingId, supplierOrgId } = await withE2eDatabase(insertHeldMeeting);
  const evidence = await writeTestPng(testInfo.outputPath("chat-screenshot.png"));
  const complaintText = `Поставщик передал наш прайс-лист конкуренту ${randomBytes(3).toString("hex")}`;

  // Before: the organizer has checked the supplier's documents (the verified mark in the
  // organizations list, where its credit level shows too); its credit record and badges.
  const organizer = await signedIn(browser, demo.organizer, "en");
  await organizer.goto(`/en/admin/organizations?status=APPROVED&kind=SUPPLIER`);
  const supplierRow = organizer
    .getByTestId("organization-row")
    .filter({ has: organizer.locator(`a[href$="/admin/organizations/${supplierOrgId}/credit"]`) });
  await expect(supplierRow.getByTestId("credit-level-link")).toBeVisible();
  const toggle = supplierRow.getByTestId("verify-toggle");
  if ((await toggle.getAttribute("aria-pressed")) === "false") {
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
  }
  await organizer.goto(`/en/admin/organizations/${supplierOrgId}/credit`);
  const levelBefore = await organizer.getByTestId("credit-level").getAttribute("data-level");
  expect(levelBefore).toMatch(/^[AB]$/);
  await expect(organizer.getByTestId("credit-badge-goodStanding")).toBeVisible();

  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru/suppliers/${supplierOrgId}`);
  await expect(buyer.getByTestId("credit-badge-goodStanding")).toHaveText("Безупречная репутация");
  await expect(buyer.getByTestId("credit-level")).toHaveCount(0); // never the level or score
  await shoot(buyer, "credit-supplier-badges-before-ru");

  // The buyer files a complaint: an empty text is refused, then text and an evidence image.
  await buyer.goto(`/ru/meetings/${meetingId}`);
  const form = buyer.getByTestId("complaint-form");
  await form.getByLabel("Доказательства (необязательно)").setInputFiles(evidence);
  await form.getByRole("button", { name: "Подать жалобу" }).click();
  await expect(form.getByText("Опишите, что произошло.")).toBeVisible();
  await shoot(buyer, "credit-complaint-error-ru");
  await form.getByLabel("Что произошло").fill(complaintText);
  await form.getByLabel("Доказательства (необязательно)").setInputFiles(evidence);
  await form.getByRole("button", { name: "Подать жалобу" }).click();
  const own = buyer.getByTestId("own-complaint");
  await expect(own.getByTestId("complaint-status")).toHaveText("На рассмотрении");
  await expect(own).toContainText(complaintText);
  await expect(own).toContainText("chat-screenshot.png");
  await shoot(buyer, "credit-complaint-filed-ru");

  // The supplier never sees it.
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.goto(`/zh/meetings/${meetingId}`);
  await expect(supplier.getByText(complaintText)).toHaveCount(0);
  await expect(supplier.getByTestId("complaint-section")).toBeVisible(); // its own form, nothing of the buyer's

  // The organizer: the complaint with its evidence (served to the organizer), upheld, then a warning.
  await organizer.goto(`/en/admin/organizations/${supplierOrgId}/credit`);
  const complaint = organizer.getByTestId("complaint").filter({ hasText: complaintText });
  await expect(complaint.getByTestId("complaint-status")).toHaveText("Under review");
  const href = await complaint.getByTestId("complaint-evidence").getAttribute("href");
  const file = await organizer.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect((await supplier.request.get(href!)).status()).toBe(404);
  await complaint.getByRole("button", { name: "Record decision" }).click();
  await expect(complaint.getByText("Choose whether the complaint is upheld or dismissed.")).toBeVisible();
  await complaint.getByLabel("Uphold").check();
  await complaint.getByLabel("Note on the decision").fill("The chat log confirms it.");
  await complaint.getByRole("button", { name: "Record decision" }).click();
  await expect(complaint.getByTestId("complaint-status")).toHaveText("Upheld");
  await expect(complaint.getByTestId("complaint-verdict")).toContainText("The chat log confirms it.");

  const sanction = organizer.getByTestId("sanction-form");
  await sanction.getByLabel("Sanction").selectOption("warning");
  await sanction.getByRole("button", { name: "Issue warning" }).click();
  await expect(sanction.getByText("Give a reason for the sanction.")).toBeVisible();
  await sanction.getByLabel("In answer to").selectOption({ index: 1 });
  await sanction.getByLabel("Reason").fill("Price lists shared with a competitor.");
  await sanction.getByRole("button", { name: "Issue warning" }).click();
  await expect(
    organizer.getByTestId("sanction").filter({ hasText: "Price lists shared with a competitor." }),
  ).toContainText("Warning issued");

  // After: a lower level, no "good standing" badge, on the console and for the buyer.
  await organizer.reload();
  const levelAfter = await organizer.getByTestId("credit-level").getAttribute("data-level");
  expect(levelAfter! > levelBefore!).toBe(true); // A < B < C < D
  await expect(organizer.getByTestId("credit-badge-goodStanding")).toHaveCount(0);
  await expect(organizer.getByTestId("credit-factor-complaints")).toContainText("1 complaint upheld");
  await expect(organizer.getByTestId("credit-factor-sanctions")).toContainText("1 warning");
  await shoot(organizer, "credit-record-en");
  await organizer.goto(`/en/admin/organizations?status=APPROVED&kind=SUPPLIER`);
  const row = organizer
    .getByTestId("organization-row")
    .filter({ has: organizer.locator(`a[href$="/admin/organizations/${supplierOrgId}/credit"]`) });
  await expect(row.getByTestId("credit-level-link")).toHaveText(`Credit ${levelAfter}`);
  await shoot(organizer, "credit-organizations-en");
  for (const locale of ["zh", "ru"] as const) {
    await organizer.goto(`/${locale}/admin/organizations/${supplierOrgId}/credit`);
    await expect(organizer.getByTestId("credit-level")).toHaveAttribute("data-level", levelAfter!);
    await shoot(organizer, `credit-record-${locale}`);
  }
  await organizer.setViewportSize({ width: 390, height: 844 });
  await organizer.goto(`/ru/admin/organizations/${supplierOrgId}/credit`);
  await expect(organizer.getByTestId("credit-summary")).toBeVisible();
  await shoot(organizer, "credit-record-ru-phone");
  expect(await organizer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await buyer.goto(`/ru/suppliers/${supplierOrgId}`);
  await expect(buyer.getByTestId("credit-badges")).toBeVisible();
  await expect(buyer.getByTestId("credit-badge-goodStanding")).toHaveCount(0);
  await expect(buyer.getByTestId("credit-badge-verified")).toHaveText("Проверено");
  const page = await buyer.content();
  expect(page).not.toContain(complaintText);
  await shoot(buyer, "credit-supplier-badges-after-ru");
});

test("a meeting that ended more than 30 days ago takes no complaint, said in the viewer's language", async ({
  browser,
}) => {
  const { meetingId } = await withE2eDatabase((client) => insertHeldMeeting(client, 40));
  const said = {
    en: "Complaints about a meeting can be filed up to 30 days after it ended",
    zh: "洽谈结束后 30 天内可以提出投诉",
    ru: "Жалобу на встречу можно подать в течение 30 дней",
  };
  const buyer = await signedIn(browser, demo.buyer, "en");
  for (const locale of ["en", "zh", "ru"] as const) {
    await buyer.goto(`/${locale}/meetings/${meetingId}`);
    await expect(buyer.getByTestId("complaint-window-closed")).toContainText(said[locale]);
    await expect(buyer.getByTestId("complaint-form")).toHaveCount(0);
    await shoot(buyer, `credit-complaint-window-closed-${locale}`);
  }
});

/**
 * A buyer of the upcoming edition (no users) with a meeting with the demo supplier that has not
 * begun and a pending request from the supplier; `slot` (0, 1, 2) picks 23:00, 23:20 or 23:40
 * Hangzhou on the session's first day, after its slots: nothing else overlaps.
 */
async function seedBuyerToExclude(buyerOrgId: string, slot: number) {
  return withE2eDatabase(async (client) => {
    await client.query(`DELETE FROM "Organization" WHERE id = $1`, [buyerOrgId]);
    const sessionId = await fabricSessionId(client, "zhejiang-export-russia-upcoming");
    const supplier = (await client.query(`SELECT id, "organizationId" FROM "User" WHERE email = $1`, [demo.supplier]))
      .rows[0] as { id: string; organizationId: string };
    await client.query(
      `INSERT INTO "Organization" (id, kind, status, "nameEn", city, country, "timeZone", "updatedAt")
       VALUES ($1, 'BUYER', 'APPROVED', 'Excluded Trading LLC', 'Kazan', 'RU', 'Europe/Moscow', now())`,
      [buyerOrgId],
    );
    await client.query(
      `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt")
       VALUES ($1, $2, $3, 'APPROVED', now())`,
      [`${buyerOrgId}-reg`, sessionId, buyerOrgId],
    );
    const id = `e2e${randomBytes(8).toString("hex")}`;
    await client.query(
      `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
         "roomToken", agenda, "updatedAt")
       SELECT $1, s.id, $2, $3, s."startDate" + interval '15 hours' + make_interval(mins => 20 * $7),
         s."startDate" + interval '15 hours 20 minutes' + make_interval(mins => 20 * $7),
         'SCHEDULED', $4, $5, now()
       FROM "FairSession" s WHERE s.id = $6`,
      [id, supplier.organizationId, buyerOrgId, randomBytes(24).toString("base64url"), marker, sessionId, slot],
    );
    // The request goes with the organization (ON DELETE CASCADE).
    await client.query(
      `INSERT INTO "MeetingRequest" (id, "sessionId", "fromOrganizationId", "toOrganizationId", "requestedById",
         message, "expiresAt")
       VALUES ($1, $2, $3, $4, $5, $6, now() + interval '2 days')`,
      [`${buyerOrgId}-request`, sessionId, supplier.organizationId, buyerOrgId, supplier.id, marker],
    );
    return id;
  });
}

test("excluding a buyer from a session cancels its meetings there that have not begun and declines its pending requests, and the supplier is told", async ({
  browser,
}) => {
  test.setTimeout(120_000); // the exclusion in three languages
  const buyerOrgId = "e2e-credit-excluded-buyer";
  const reason = `Abusive messages ${Date.now()}`;
  const meetingId = await seedBuyerToExclude(buyerOrgId, 0);
  try {
    const since = new Date();
    const organizer = await signedIn(browser, demo.organizer, "en");
    await organizer.goto(`/en/admin/organizations/${buyerOrgId}/credit`);
    const sanction = organizer.getByTestId("sanction-form");
    await sanction.getByLabel("Sanction").selectOption("exclusion");
    await sanction.getByLabel("Session").selectOption({ index: 1 });
    // Refused without a reason: the choice stays, nothing is cancelled.
    await sanction.getByRole("button", { name: "Exclude from session" }).click();
    await expect(sanction.getByText("Give a reason for the sanction.")).toBeVisible();
    await expect(sanction.getByLabel("Sanction")).toHaveValue("exclusion");
    await sanction.getByLabel("Session").selectOption({ index: 1 });
    await sanction.getByLabel("Reason").fill(reason);
    await sanction.getByRole("button", { name: "Exclude from session" }).click();
    await expect(sanction.getByTestId("form-success")).toHaveText(
      "Sanction recorded. 1 meeting that had not begun was cancelled and 1 pending request was declined; the other sides have been told.",
    );
    // The form is cleared for the next sanction: its select, fields and button agree again.
    await expect(sanction.getByLabel("Sanction")).toHaveValue("warning");
    await expect(sanction.getByRole("button", { name: "Issue warning" })).toBeVisible();
    await expect(sanction.getByLabel("Session")).toHaveCount(0);
    await shoot(organizer, "credit-exclusion-cancelled-en");
    const [meeting, request] = await withE2eDatabase(async (client) => [
      (await client.query(`SELECT status, "cancelReason" FROM "Meeting" WHERE id = $1`, [meetingId])).rows[0],
      (
        await client.query(`SELECT status, "declineReason" FROM "MeetingRequest" WHERE id = $1`, [
          `${buyerOrgId}-request`,
        ])
      ).rows[0],
    ]);
    expect(meeting).toEqual({ status: "CANCELLED", cancelReason: reason });
    expect(request).toEqual({ status: "DECLINED", declineReason: reason });
    await expectMail(demo.supplier, /会谈已取消/, { since, body: reason });
    await expectMail(demo.supplier, /主办方已关闭/, { since, body: reason });
    await organizer.context().close();

    // The same message in Chinese and Russian.
    const said = {
      zh: "处罚已记录。已取消 1 场尚未开始的洽谈，已拒绝 1 个待答复的会谈请求；相关各方均已收到通知。",
      ru: "Санкция записана. Отменена 1 ещё не начавшаяся встреча, отклонён 1 ожидавший ответа запрос; другие стороны уведомлены.",
    };
    for (const [slot, locale] of [
      [1, "zh"],
      [2, "ru"],
    ] as const) {
      await seedBuyerToExclude(`${buyerOrgId}-${locale}`, slot);
      const page = await signedIn(browser, demo.organizer, locale);
      await page.goto(`/${locale}/admin/organizations/${buyerOrgId}-${locale}/credit`);
      const form = page.getByTestId("sanction-form");
      await form.locator("#kind").selectOption("exclusion");
      await form.locator("#sessionId").selectOption({ index: 1 });
      await form.locator("#reason").fill(reason);
      await form.locator("button[type=submit]").click();
      await expect(form.getByTestId("form-success")).toHaveText(said[locale]);
      await shoot(page, `credit-exclusion-cancelled-${locale}`);
      await page.context().close();
    }
  } finally {
    await runE2eStatement(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
    for (const id of [buyerOrgId, `${buyerOrgId}-zh`, `${buyerOrgId}-ru`]) {
      await runE2eStatement(`DELETE FROM "Organization" WHERE id = $1`, [id]);
    }
  }
});
