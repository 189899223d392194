import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";
import { fabricSessionId, organizationIdOf, withE2eDatabase } from "./support/test-database";

// The organizer sees every meeting of a session, day by day, and filters them; a
// buyer is refused. The demo fair is in 2022, where nothing can be booked any more
// (only future slots are offered), so two meetings of the demo supplier and buyer
// in the fabric session are written straight into the test database: one held on
// the first day with an interpreter, one cancelled on the second.

const marker = "e2e-session-meetings";
const shoot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

async function seedMeetings(): Promise<string> {
  return withE2eDatabase(async (client) => {
    const sessionId = await fabricSessionId(client);
    const supplierOrgId = await organizationIdOf(client, demo.supplier);
    const buyerOrgId = await organizationIdOf(client, demo.buyer);
    const interpreterId = (await client.query(`SELECT id FROM "User" WHERE email = $1`, [demo.interpreter])).rows[0]
      ?.id as string;
    // The counts below are exact: clear what this and other journeys wrote into this session
    // (their meetings carry an "e2e-" agenda; the demo seed has none here).
    await client.query(`DELETE FROM "Meeting" WHERE "sessionId" = $1 AND agenda LIKE 'e2e-%'`, [sessionId]);
    const insert = (start: string, end: string, status: string, interpreter: string | null, reason: string | null) =>
      client.query(
        `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "interpreterId", "startsAt", "endsAt",
           status, "roomToken", agenda, "cancelledAt", "cancelReason", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"MeetingStatus", $9, $10, $11, $12, now())`,
        [
          `e2e${randomBytes(8).toString("hex")}`,
          sessionId,
          supplierOrgId,
          buyerOrgId,
          interpreter,
          start,
          end,
          status,
          randomBytes(24).toString("base64url"),
          marker,
          status === "CANCELLED" ? end : null,
          reason,
        ],
      );
    // 10:00-10:20 Hangzhou on 21 June (held), 14:00-14:20 on 22 June (cancelled).
    await insert("2022-06-21T02:00:00Z", "2022-06-21T02:20:00Z", "COMPLETED", interpreterId, null);
    await insert("2022-06-22T06:00:00Z", "2022-06-22T06:20:00Z", "CANCELLED", null, "Samples not ready");
    return sessionId;
  });
}

test("the organizer sees, counts and filters every meeting of a session; a buyer is refused", async ({ browser }) => {
  const sessionId = await seedMeetings();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demo.organizer);
  await page.goto(`/en/admin/matching/${sessionId}`);
  await page.getByRole("link", { name: "All meetings →" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/sessions/${sessionId}/meetings$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meetings: Fabric and Accessories");

  const counts = page.getByTestId("meeting-counts");
  await expect(counts.getByTestId("count-total")).toContainText("2");
  await expect(counts.getByTestId("count-COMPLETED")).toContainText("1");
  await expect(counts.getByTestId("count-CANCELLED")).toContainText("1");
  await expect(counts.getByTestId("count-SCHEDULED")).toContainText("0");

  const rows = page.getByTestId("session-meeting");
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("heading", { level: 2, name: /21 June/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /22 June/ })).toBeVisible();
  const held = rows.filter({ hasText: "Held" });
  await expect(held).toContainText("10:00–10:20 Hangzhou");
  await expect(held).toContainText("TextileImport LLC");
  await expect(held).toContainText("Anna Li");
  await expect(rows.filter({ hasText: "Cancelled" })).toContainText("Samples not ready");
  await shoot(page, "session-meetings-en");

  await page.getByLabel("Status").selectOption("CANCELLED");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/status=CANCELLED/);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("meetings-shown")).toHaveText("Showing 1 of 2 meetings.");
  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No meeting matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Status")).toHaveValue("");
  await page.getByLabel("Day").selectOption("2022-06-21");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Held");

  await rows.getByRole("link", { name: /Open the meeting at 10:00–10:20/ }).click();
  await expect(page).toHaveURL(/\/en\/meetings\/e2e[0-9a-f]+$/);

  for (const locale of ["zh", "ru"] as const) {
    await page.goto(`/${locale}/admin/sessions/${sessionId}/meetings`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText({ zh: "洽谈：", ru: "Встречи: " }[locale]);
    await shoot(page, `session-meetings-${locale}`);
  }
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/en/admin/sessions/${sessionId}/meetings`);
  await expect(page.getByTestId("meeting-counts")).toBeVisible();
  await shoot(page, "session-meetings-en-phone");
  // The tables scroll inside their own box; the page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await context.close();

  const buyerContext = await browser.newContext();
  const buyer = await buyerContext.newPage();
  await signIn(buyer, demo.buyer);
  await buyer.goto(`/en/admin/sessions/${sessionId}/meetings`);
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Access denied");
  await expect(buyer.getByTestId("session-meeting")).toHaveCount(0);
  await buyerContext.close();
});

test("an unknown session is not found", async ({ page }) => {
  await signIn(page, demo.organizer);
  // The page streams behind loading.tsx, so the status is already sent: check what is shown.
  await page.goto("/en/admin/sessions/no-such-session/meetings");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
