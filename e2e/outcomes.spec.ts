import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { signedIn } from "./support/meetings";
import { fabricSessionId, withE2eDatabase } from "./support/test-database";

// After a meeting: attendance with a late buyer marked no-show, each side records
// its outcome (bad input answered in the user's language, nothing lost), the
// supplier never sees the buyer's note or value, and the organizer sees both
// reports and the session's totals. The demo fair is in 2022, where nothing can be
// booked any more, so the past meeting and its room visits are written straight
// into the test database, as the booking and the video room would have.

const marker = "e2e-outcomes";
const buyerNote = "Бюджет согласован советом директоров";
/** A full-page screenshot once the page has left its loading skeleton (loading.tsx). */
async function shoot(page: Page, name: string) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

type Seeded = { meetingId: string; sessionId: string; upcomingSessionId: string };

async function seedPastMeeting(): Promise<Seeded> {
  return withE2eDatabase(async (client) => {
    const sessionId = await fabricSessionId(client);
    const upcomingSessionId = await fabricSessionId(client, "zhejiang-export-russia-upcoming");
    const userOf = (email: string) =>
      client.query(`SELECT id, "organizationId" FROM "User" WHERE email = $1`, [email]).then((r) => r.rows[0]);
    const supplier = await userOf(demo.supplier);
    const buyer = await userOf(demo.buyer);
    // Deleting the meeting takes its reports and visits with it (cascade), so a rerun starts clean.
    await client.query(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
    const meetingId = `e2e${randomBytes(8).toString("hex")}`;
    // 11:00-11:20 Hangzhou on 21 June 2022; it was never checked for no-shows.
    await client.query(
      `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
         "roomToken", agenda, "updatedAt")
       VALUES ($1, $2, $3, $4, '2022-06-21T03:00:00Z', '2022-06-21T03:20:00Z', 'SCHEDULED', $5, $6, now())`,
      [
        meetingId,
        sessionId,
        supplier.organizationId,
        buyer.organizationId,
        randomBytes(24).toString("base64url"),
        marker,
      ],
    );
    const visit = (user: { id: string; organizationId: string }, role: string, joined: string, left: string) =>
      client.query(
        `INSERT INTO "RoomAttendance" (id, "meetingId", "userId", role, "organizationId", "joinedAt", "leftAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [`e2e${randomBytes(8).toString("hex")}`, meetingId, user.id, role, user.organizationId, joined, left],
      );
    await visit(supplier, "SUPPLIER", "2022-06-21T02:58:00Z", "2022-06-21T03:20:00Z"); // on time
    await visit(buyer, "BUYER", "2022-06-21T03:12:00Z", "2022-06-21T03:20:00Z"); // 12 minutes in: a no-show
    return { meetingId, sessionId, upcomingSessionId };
  });
}

test("each side records its outcome after the meeting; the buyer's note stays private; the organizer sees it all", async ({
  browser,
}) => {
  const { meetingId, sessionId, upcomingSessionId } = await seedPastMeeting();

  // The buyer (Russian): attendance marks it late, so a no-show; an order intent without a value is refused.
  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru/meetings/${meetingId}`);
  const attendance = buyer.getByTestId("attendance-section");
  await expect(attendance.getByTestId("attendance-buyer")).toContainText("Подключились с опозданием в 06:12");
  await expect(attendance.getByTestId("no-show-buyer")).toHaveText("Неявка");
  await expect(attendance.getByTestId("attendance-supplier")).toContainText("Подключились в 05:58");
  await expect(attendance.getByTestId("no-show-supplier")).toHaveCount(0);
  await expect(attendance.getByTestId("attendance-visit")).toHaveCount(2);

  const form = buyer.getByTestId("outcome-form");
  await expect(form.getByLabel("Ожидаемая сумма заказа")).toBeDisabled();
  await form.getByLabel("Намерение заказать").check();
  await form.getByLabel("Заметка (необязательно)").fill(buyerNote);
  await form.getByRole("button", { name: "Сохранить итог" }).click();
  await expect(form.getByText("Укажите ожидаемую сумму заказа.")).toBeVisible();
  await expect(form.getByText("Выберите валюту ожидаемой суммы.")).toBeVisible();
  await expect(form.getByLabel("Заметка (необязательно)")).toHaveValue(buyerNote); // nothing lost
  await expect(form.getByLabel("Намерение заказать")).toBeChecked();
  await shoot(buyer, "outcomes-meeting-error-ru");

  await form.getByLabel("Ожидаемая сумма заказа").fill("1 250 000");
  await form.getByLabel("Валюта").selectOption("RUB");
  await form.getByRole("button", { name: "Сохранить итог" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Итог сохранён." })).toBeVisible();
  // The form keeps what was saved (React resets a form after its action; the choice must survive it).
  await expect(form.getByLabel("Валюта")).toHaveValue("RUB");
  await expect(form.getByLabel("Ожидаемая сумма заказа")).toHaveValue("1250000.00");
  await expect(buyer.getByTestId("outcome-report-buyer")).toContainText(buyerNote);
  await expect(buyer.getByTestId("outcome-report-buyer").getByTestId("outcome-value")).toContainText("1 250 000");
  await expect(buyer.getByTestId("meeting-status")).toHaveText("Состоялась");
  await shoot(buyer, "outcomes-meeting-ru");
  await buyer.setViewportSize({ width: 390, height: 844 });
  await shoot(buyer, "outcomes-meeting-ru-phone");
  const phoneWidth = await buyer.evaluate(() => document.documentElement.scrollWidth);
  expect(phoneWidth).toBeLessThanOrEqual(390);

  // The supplier (Chinese) learns only that the buyer reported, never what; it records its own side.
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.goto(`/zh/meetings/${meetingId}`);
  await expect(supplier.getByTestId("other-side-outcome")).toHaveText(
    "采购商已记录结果（具体内容仅其本方和主办方可见）。",
  );
  await expect(supplier.getByTestId("no-show-buyer")).toHaveText("缺席");
  const supplierPage = await supplier.content();
  expect(supplierPage).not.toContain(buyerNote);
  expect(supplierPage).not.toMatch(/1[\s\u00a0\u202f,]?250[\s\u00a0\u202f,]?000/);
  await expect(supplier.getByTestId("outcome-report-buyer")).toHaveCount(0);
  await supplier.getByTestId("outcome-form").getByLabel("已发送报价").check();
  await supplier.getByTestId("outcome-form").getByRole("button", { name: "保存结果" }).click();
  await expect(supplier.getByTestId("outcome-report-supplier")).toContainText("已发送报价");
  await shoot(supplier, "outcomes-meeting-zh");

  // The organizer: both reports on the meeting page and the session's outcomes with totals and a filter.
  const organizer = await signedIn(browser, demo.organizer, "en");
  await organizer.goto(`/en/meetings/${meetingId}`);
  await expect(organizer.getByTestId("outcome-report-buyer")).toContainText(buyerNote);
  await expect(organizer.getByTestId("outcome-report-supplier")).toContainText("Quotation sent");
  await expect(organizer.getByTestId("meeting-outcome")).toHaveText("Overall: Order intent");
  await shoot(organizer, "outcomes-meeting-en-organizer");

  await organizer.goto(`/en/admin/sessions/${sessionId}/meetings`);
  await organizer.getByRole("link", { name: "Outcomes", exact: true }).click();
  await expect(organizer).toHaveURL(new RegExp(`/en/admin/sessions/${sessionId}/outcomes$`));
  await expect(organizer.getByTestId("total-orderIntents")).toContainText("1");
  await expect(organizer.getByTestId("total-noShows")).toContainText("1");
  await expect(organizer.getByTestId("total-held")).toContainText("1"); // the buyer came late but they met
  await expect(organizer.getByTestId("total-value-RUB")).toContainText("1,250,000");
  const row = organizer.getByTestId("outcome-row").filter({ hasText: buyerNote });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("row-no-show")).toHaveText("No-show");
  await expect(row.getByTestId("outcome-overall")).toHaveText("Order intent");
  await organizer.getByLabel("Outcome").selectOption("NO_DEAL");
  await organizer.getByRole("button", { name: "Show" }).click();
  await expect(organizer.getByText("No meeting matches this filter.")).toBeVisible();
  await organizer.getByLabel("Outcome").selectOption("ORDER_PLACED");
  await organizer.getByRole("button", { name: "Show" }).click();
  await expect(organizer.getByTestId("outcome-row")).toHaveCount(1);
  await shoot(organizer, "outcomes-session-en");
  for (const locale of ["zh", "ru"] as const) {
    await organizer.goto(`/${locale}/admin/sessions/${sessionId}/outcomes`);
    await expect(organizer.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-CN" : locale);
    await expect(organizer.getByTestId("outcome-row").filter({ hasText: buyerNote })).toHaveCount(1);
    await shoot(organizer, `outcomes-session-${locale}`);
  }
  await organizer.setViewportSize({ width: 390, height: 844 });
  await organizer.goto(`/en/admin/sessions/${sessionId}/outcomes`);
  await expect(organizer.getByTestId("outcome-totals")).toBeVisible();
  await shoot(organizer, "outcomes-session-en-phone");
  expect(await organizer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A session whose meetings all lie ahead: the empty state.
  await organizer.setViewportSize({ width: 1280, height: 800 });
  await organizer.goto(`/en/admin/sessions/${upcomingSessionId}/outcomes`);
  await expect(organizer.getByTestId("outcomes-empty")).toBeVisible();
  await shoot(organizer, "outcomes-session-empty-en");

  // Nobody else reaches the organizer's page.
  await supplier.goto(`/zh/admin/sessions/${sessionId}/outcomes`);
  await expect(supplier.getByTestId("outcome-row")).toHaveCount(0);
});
