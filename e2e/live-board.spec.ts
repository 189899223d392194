import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "./support/test";
import { demo, demoPassword } from "./support/accounts";
import { fabricSessionId, withE2eDatabase } from "./support/test-database";

// The live fair day. The organizer's live board shows a room in progress with who is in
// it and a no-show, and updates by itself when the buyer enters the room (a real join
// through the room API: attendance row, NOTIFY, the board's event stream); the buyer's
// "Now" page shows the meeting with its room. Meetings are written straight into the test
// database around the current time, into the demo's live session (prisma/seed/live-edition.ts),
// between demo companies that have nothing else on around now.

const marker = "e2e-live-board";
const minute = 60_000;

type Party = { userId: string; organizationId: string; email: string; name: string };
type Seeded = {
  sessionId: string;
  inProgress: { id: string; roomToken: string };
  noShow: { id: string };
  supplier: Party;
  buyer: Party;
  idleBuyer: Party;
};

/** Approved demo companies of a kind (not the demo pair) with no meeting within two hours of now. */
async function freeParties(client: import("pg").Client, kind: "SUPPLIER" | "BUYER", count: number): Promise<Party[]> {
  const result = await client.query(
    `SELECT DISTINCT ON (o.id) u.id AS "userId", u."organizationId", u.email, u.name
     FROM "User" u JOIN "Organization" o ON o.id = u."organizationId"
     WHERE o.kind::text = $1 AND o.status = 'APPROVED' AND u.role::text = $1 AND u."disabledAt" IS NULL
       AND u.email LIKE '%@fairbridge.demo' AND u.email NOT IN ($2, $3)
       AND NOT EXISTS (
         SELECT 1 FROM "Meeting" m
         WHERE m.status <> 'CANCELLED' AND (m."supplierOrgId" = o.id OR m."buyerOrgId" = o.id)
           AND m."startsAt" < now() + interval '2 hours' AND m."endsAt" > now() - interval '2 hours')
     ORDER BY o.id, u.email
     LIMIT $4`,
    [kind, demo.buyer, demo.supplier, count],
  );
  if (result.rows.length < count) throw new Error(`not enough free ${kind} accounts in the demo`);
  return result.rows as Party[];
}

async function seedLiveMeetings(): Promise<Seeded> {
  return withE2eDatabase(async (client) => {
    // Earlier runs' meetings go first (their visits with them).
    await client.query(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
    const sessionId = (await fabricSessionId(client, "zhejiang-export-russia-live")) ?? (await fabricSessionId(client));
    const [supplier, absentSupplier] = await freeParties(client, "SUPPLIER", 2);
    const [buyer, absentBuyer, idleBuyer] = await freeParties(client, "BUYER", 3);
    const now = Date.now();
    const insert = async (parties: [Party, Party], from: number, to: number) => {
      const row = { id: `e2e${randomBytes(8).toString("hex")}`, roomToken: randomBytes(32).toString("base64url") };
      await client.query(
        `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
           "roomToken", agenda, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'SCHEDULED', $7, $8, now())`,
        [
          row.id,
          sessionId,
          parties[0].organizationId,
          parties[1].organizationId,
          new Date(now + from * minute),
          new Date(now + to * minute),
          row.roomToken,
          marker,
        ],
      );
      return row;
    };
    const visit = (meetingId: string, who: Party, role: string, joined: number, left: number | null) =>
      client.query(
        `INSERT INTO "RoomAttendance" (id, "meetingId", "userId", role, "organizationId", "joinedAt", "leftAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          `e2e${randomBytes(8).toString("hex")}`,
          meetingId,
          who.userId,
          role,
          who.organizationId,
          new Date(now + joined * minute),
          left === null ? null : new Date(now + left * minute),
        ],
      );
    // Started 3 minutes ago; the supplier is in, the buyer not yet.
    const inProgress = await insert([supplier, buyer], -3, 12);
    await visit(inProgress.id, supplier, "SUPPLIER", -4, null);
    // Started 11 minutes ago: the buyer missed the 10-minute deadline.
    const noShow = await insert([absentSupplier, absentBuyer], -11, 4);
    await visit(noShow.id, absentSupplier, "SUPPLIER", -12, -1);
    return { sessionId, inProgress, noShow: { id: noShow.id }, supplier, buyer, idleBuyer };
  });
}

async function signedIn(browser: Browser, email: string, locale: "en" | "zh" | "ru" = "en"): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  // As support/accounts.ts signIn, with room for a slow password check on a busy machine.
  await page.goto(`/${locale}/login`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(demoPassword);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/(en|zh|ru)\/dashboard/, { timeout: 30_000 });
  return page;
}

/** A full-page screenshot once the page has left its loading skeleton and the board is connected. */
async function shoot(page: Page, name: string) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

test.describe.configure({ timeout: 180_000 });

test("the organizer's live board shows a room in progress and a no-show, and updates when the buyer joins", async ({
  browser,
}) => {
  const seeded = await seedLiveMeetings();
  const organizer = await signedIn(browser, demo.organizer);
  await organizer.goto(`/en/admin/sessions/${seeded.sessionId}/live`);
  await expect(organizer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(organizer.getByTestId("live-status")).toHaveAttribute("data-status", "live");

  const room = organizer.getByTestId("live-rooms").locator(`[data-meeting-id="${seeded.inProgress.id}"]`);
  await expect(room.getByTestId("live-present")).toContainText(seeded.supplier.name);
  await expect(room.getByTestId("live-present")).not.toContainText(seeded.buyer.name);
  await expect(room.getByTestId("live-waiting")).toContainText("Buyer");
  await expect(organizer.getByTestId("live-late").locator(`[data-meeting-id="${seeded.inProgress.id}"]`)).toBeVisible();
  const noShow = organizer.getByTestId("live-no-shows").locator(`[data-meeting-id="${seeded.noShow.id}"]`);
  await expect(noShow.getByTestId("live-absent")).toHaveText("Buyer did not come");
  await expect(room.getByRole("link", { name: /^Look in on / })).toHaveAttribute(
    "href",
    `/en/rooms/${seeded.inProgress.roomToken}`,
  );
  const version = Number(await organizer.getByTestId("live-board").getAttribute("data-version"));

  // The buyer's "Now": the meeting in progress, the supplier already in the room, the way in.
  const buyer = await signedIn(browser, seeded.buyer.email);
  // (Signed in, the buyer lands in their own language: the header's link is found by where it goes.)
  await buyer.locator('header nav a[href$="/now"]').first().click();
  await expect(buyer).toHaveURL(/\/(en|zh|ru)\/now$/);
  await buyer.goto("/en/now");
  const current = buyer
    .getByTestId("now-meeting")
    .filter({ has: buyer.getByTestId("now-open-room") })
    .first();
  await expect(current).toHaveAttribute("data-meeting-id", seeded.inProgress.id);
  await expect(current.getByTestId("now-present")).toContainText(seeded.supplier.name);
  await expect(current.getByTestId("now-open-room")).toHaveAttribute(
    "href",
    `/en/rooms/${seeded.inProgress.roomToken}`,
  );
  await shoot(buyer, "live-now-buyer-en");

  // The board's stream is the hosting organizers' alone.
  const stream = `/api/live/sessions/${seeded.sessionId}/events`;
  expect((await buyer.request.get(stream)).status()).toBe(403);
  expect((await organizer.request.get("/api/live/sessions/no-such-session/events")).status()).toBe(404);
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(stream)).status()).toBe(401);
  await anonymous.close();

  // The buyer enters the room (the room API, as the room page's join button does): the board follows, no reload.
  const joined = await buyer.request.post(`/api/rooms/${seeded.inProgress.roomToken}/join`);
  expect(joined.status()).toBe(200);
  const { visitId } = (await joined.json()) as { visitId: string };
  await expect(room.getByTestId("live-present")).toContainText(seeded.buyer.name);
  await expect(room.getByTestId("live-waiting")).toHaveCount(0);
  await expect(organizer.getByTestId("live-late").locator(`[data-meeting-id="${seeded.inProgress.id}"]`)).toHaveCount(
    0,
  );
  expect(Number(await organizer.getByTestId("live-board").getAttribute("data-version"))).toBeGreaterThan(version);
  await expect(organizer).toHaveURL(new RegExp(`/en/admin/sessions/${seeded.sessionId}/live$`));
  // The buyer's own "Now" page follows too (its event stream asks it to re-render).
  await expect(current.getByTestId("now-present")).toContainText(`${seeded.buyer.name} (you)`);
  await shoot(organizer, "live-board-en");

  // Leaving is seen as well.
  const left = await buyer.request.post(`/api/rooms/${seeded.inProgress.roomToken}/leave`, { data: { visitId } });
  expect(left.status()).toBe(200);
  await expect(room.getByTestId("live-present")).not.toContainText(seeded.buyer.name);

  // Keyboard: the session tabs lead to the board, and its links are reachable by Tab.
  await organizer.goto(`/en/admin/sessions/${seeded.sessionId}`);
  await organizer.getByRole("link", { name: "Live board" }).focus();
  await organizer.keyboard.press("Enter");
  await expect(organizer).toHaveURL(new RegExp(`/en/admin/sessions/${seeded.sessionId}/live$`));
  await expect(organizer.getByTestId("live-status")).toHaveAttribute("data-status", "live");
});

test("the live board and the Now page read well in Chinese and Russian and on a phone", async ({ browser }) => {
  const seeded = await seedLiveMeetings();
  // One sign-in each: the language comes from the address.
  const organizer = await signedIn(browser, demo.organizer);
  const buyer = await signedIn(browser, seeded.buyer.email);
  for (const locale of ["zh", "ru"] as const) {
    await organizer.goto(`/${locale}/admin/sessions/${seeded.sessionId}/live`);
    await expect(organizer.getByTestId("live-status")).toHaveAttribute("data-status", "live");
    await expect(organizer.getByTestId("live-no-shows").getByTestId("live-absent").first()).toBeVisible();
    await shoot(organizer, `live-board-${locale}`);
    await buyer.goto(`/${locale}/now`);
    await expect(buyer.getByTestId("now-meeting").first()).toBeVisible();
    await shoot(buyer, `live-now-buyer-${locale}`);
  }

  // At 390 px: one column, nothing wider than the screen.
  const phone = { width: 390, height: 844 };
  await organizer.setViewportSize(phone);
  await organizer.goto(`/en/admin/sessions/${seeded.sessionId}/live`);
  await expect(organizer.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  expect(await organizer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await shoot(organizer, "live-board-en-phone");
  await buyer.setViewportSize(phone);
  await buyer.goto("/ru/now");
  await expect(buyer.getByTestId("now-meeting").first()).toBeVisible();
  expect(await buyer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  await shoot(buyer, "live-now-buyer-ru-phone");

  // The organizer's "Now" lists the live session; a buyer with nothing on sees the empty state.
  await organizer.goto("/en/now");
  await expect(organizer.getByTestId("now-live-session").first()).toBeVisible();
  await shoot(organizer, "live-now-organizer-en-phone");
  const idle = await signedIn(browser, seeded.idleBuyer.email);
  await idle.goto("/en/now");
  await expect(idle.getByTestId("now-empty")).toBeVisible();
  await shoot(idle, "live-now-empty-en");
});
