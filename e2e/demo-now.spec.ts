import { execFileSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "./support/test";
import { withFakeCamera } from "./support/browser-launch";
import { demo, signIn } from "./support/accounts";
import { clockIn } from "./support/meetings";
import { e2eDatabaseUrl, organizationIdOf, withE2eDatabase } from "./support/test-database";

// A newcomer's first minute of the demo: the demo buyer signs in, finds the meeting with
// the demo supplier that is in progress in the live edition (prisma/seed/live-edition.ts),
// enters its video room, the supplier joins from a second browser, and both receive video
// (fake camera). The suite may run long before this journey, so it first seeds again, as a
// demo user restarting the demo would: the live edition moves to the current hour when its
// meetings no longer surround now.

const liveFairSlug = "zhejiang-export-russia-live"; // prisma/seed/live-plan.ts
const huafang = "Shaoxing Keqiao Huafang Textile Co., Ltd.";
const shoot = (page: Page, name: string) => page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

test.use(withFakeCamera);
test.describe.configure({ timeout: 120_000 });

/** The demo pair's meeting in the live edition that is in progress now. */
async function meetingInProgress(): Promise<{ id: string; roomToken: string; startsAt: Date; endsAt: Date }> {
  return withE2eDatabase(async (client) => {
    const result = await client.query(
      `SELECT m.id, m."roomToken", m."startsAt", m."endsAt" FROM "Meeting" m
       JOIN "FairSession" s ON s.id = m."sessionId" JOIN "Fair" f ON f.id = s."fairId"
       WHERE f.slug = $1 AND m."buyerOrgId" = $2 AND m."supplierOrgId" = $3 AND m.status = 'SCHEDULED'
         AND m."startsAt" <= now() AND now() < m."endsAt"`,
      [liveFairSlug, await organizationIdOf(client, demo.buyer), await organizationIdOf(client, demo.supplier)],
    );
    expect(result.rows, "one meeting of the demo buyer and supplier in progress").toHaveLength(1);
    return result.rows[0];
  });
}

/** Earlier journeys here, and e2e/video-room.spec.ts after this one, book the same three people around now. */
async function clearLiveMeetings(): Promise<void> {
  await withE2eDatabase((client) =>
    client.query(
      `DELETE FROM "Meeting" WHERE "sessionId" IN
         (SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" WHERE f.slug = $1)`,
      [liveFairSlug],
    ),
  );
}

async function person(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ["camera", "microphone"] });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** From "My meetings", the live meeting's page, then its room: joined once the camera preview runs. */
async function enterRoom(page: Page, meeting: { id: string; roomToken: string }) {
  await page.locator(`[data-testid=schedule-meeting] a[href$="/meetings/${meeting.id}"]`).click();
  await page.getByRole("link", { name: "Enter the meeting room" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/rooms/${meeting.roomToken}$`));
  await expect(page.getByTestId("join-room")).toBeEnabled({ timeout: 20_000 });
  await page.getByTestId("join-room").click();
  await expect(page.getByTestId("leave-room")).toBeVisible();
}

/** Video frames decoded on every connection of the page (inbound-rtp). */
function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let frames = 0;
    for (const pc of window.fairbridgeRoom?.connections() ?? []) {
      (await pc.getStats()).forEach((report) => {
        if (report.type === "inbound-rtp" && report.kind === "video") frames += report.framesDecoded ?? 0;
      });
    }
    return frames;
  });
}

test.afterAll(clearLiveMeetings);

test("right after seeding, the demo buyer and supplier meet in the room of their meeting in progress", async ({
  browser,
}) => {
  execFileSync("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl },
    stdio: "pipe",
  });
  const meeting = await meetingInProgress();

  // The buyer (Moscow) finds it in "My meetings" at the current hour, with Huafang.
  const buyer = await person(browser, demo.buyer);
  await buyer.goto("/en/meetings");
  const line = buyer.locator(`[data-testid=schedule-meeting]:has(a[href$="/meetings/${meeting.id}"])`);
  await expect(line).toContainText(huafang);
  await expect(line).toContainText(`${clockIn(meeting.startsAt, "Europe/Moscow")}–`);
  await shoot(buyer, "demo-now-meetings-en");
  await enterRoom(buyer, meeting);

  // The supplier joins from a second browser; each receives the other's camera.
  const supplier = await person(browser, demo.supplier);
  await supplier.goto("/en/meetings");
  await enterRoom(supplier, meeting);
  for (const page of [buyer, supplier]) {
    await expect(page.getByTestId("remote-video")).toHaveCount(1, { timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId("remote-video").evaluate((video) => (video as HTMLVideoElement).videoWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    const before = await framesDecoded(page);
    await expect.poll(() => framesDecoded(page), { timeout: 15_000 }).toBeGreaterThan(before + 20);
  }
  await shoot(buyer, "demo-now-room-en");
  for (const page of [buyer, supplier]) await page.context().close();
});
