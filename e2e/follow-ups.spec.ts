import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import PgBoss from "pg-boss";
import type { Client } from "pg";
import { expect, test, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { expectMail } from "./support/mailbox";
import { signedIn } from "./support/meetings";
import { e2eDatabaseUrl, fabricSessionId, runE2eStatement, withE2eDatabase } from "./support/test-database";

// After a meeting ends each side is reminded (once, in its language) to record the outcome;
// a participant sets a follow-up with a due date, sees it listed on the meeting and in the
// "follow-ups due" list, and marks it done. The meeting is written straight into the test
// database as a booking would have (the demo fair lies in 2022); the job the booking would
// have queued for the meeting's end is queued here through pg-boss, as the app does.

const marker = "e2e-follow-ups";
const shots = process.env.SHOTS_DIR ?? "/tmp/shots-h3b";
mkdirSync(shots, { recursive: true });

async function shoot(page: Page, name: string) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

type Seeded = { meetingId: string; endsAt: Date; buyerLocale: string; supplierLocale: string };

/** A 20-minute meeting of the demo supplier and buyer that ended a moment ago (shifted if one overlaps). */
async function insertEndedMeeting(client: Client): Promise<Seeded> {
  const sessionId = await fabricSessionId(client);
  const userOf = (email: string) =>
    client
      .query(`SELECT id, "organizationId", locale FROM "User" WHERE email = $1`, [email])
      .then((r) => r.rows[0] as { id: string; organizationId: string; locale: string });
  const supplier = await userOf(demo.supplier);
  const buyer = await userOf(demo.buyer);
  await client.query(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
  const meetingId = `e2e${randomBytes(8).toString("hex")}`;
  for (let shift = 0; ; shift++) {
    const endsAt = new Date(Date.now() - (2 + 25 * shift) * 60_000);
    const startsAt = new Date(endsAt.getTime() - 20 * 60_000);
    try {
      await client.query(
        `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
           "roomToken", agenda, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'SCHEDULED', $7, $8, now())`,
        [
          meetingId,
          sessionId,
          supplier.organizationId,
          buyer.organizationId,
          startsAt,
          endsAt,
          randomBytes(24).toString("base64url"),
          marker,
        ],
      );
      return { meetingId, endsAt, buyerLocale: buyer.locale, supplierLocale: supplier.locale };
    } catch (error) {
      // Another meeting of either side at that time (the exclusion constraint): try an earlier slot.
      if ((error as { code?: string }).code !== "23P01" || shift > 20) throw error;
    }
  }
}

/** Queues the job a booking queues for the meeting's end (lib/jobs/mail-queue.ts outcomeReminderJobFor). */
async function queueOutcomeReminder(meetingId: string) {
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl, supervise: false, schedule: false });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await boss.send("outcome-reminder", { meetingId, sequence: 0 }, { singletonKey: `${meetingId}:0` });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

const subjects: Record<string, RegExp> = {
  en: /^Record the outcome: meeting with /,
  zh: /^请记录结果：与/,
  ru: /^Запишите итог встречи с /,
};

const isoDay = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);

// The meeting ended with nobody in the room: left behind, the no-show check would count it in
// the session's totals that other journeys read (outcomes.spec.ts). Reports and follow-ups go with it.
test.afterAll(async () => {
  await runE2eStatement(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
});

test("an outcome reminder arrives after a meeting ends; a follow-up is set, listed and marked done", async ({
  browser,
}) => {
  test.setTimeout(150_000); // several people, pages in three languages and a phone width
  const since = new Date();
  const seeded = await withE2eDatabase(insertEndedMeeting);
  await queueOutcomeReminder(seeded.meetingId);

  // Each side's people get the reminder, in their own language, linking the meeting page.
  const buyerMail = await expectMail(demo.buyer, subjects[seeded.buyerLocale], {
    since,
    body: `/meetings/${seeded.meetingId}`,
  });
  expect(buyerMail.text).toContain(`/${seeded.buyerLocale}/meetings/${seeded.meetingId}`);
  await expectMail(demo.supplier, subjects[seeded.supplierLocale], { since });
  // Once per person and meeting: queueing the job again claims nobody new.
  const claimed = () =>
    withE2eDatabase((client) =>
      client
        .query(`SELECT count(*)::int AS n FROM "OutcomeReminder" WHERE "meetingId" = $1`, [seeded.meetingId])
        .then((r) => r.rows[0].n as number),
    );
  const first = await claimed();
  expect(first).toBeGreaterThanOrEqual(2);
  await queueOutcomeReminder(seeded.meetingId);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  expect(await claimed()).toBe(first);

  // The buyer (Russian) sets a follow-up on the meeting page: a date before the meeting is refused.
  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru/meetings/${seeded.meetingId}`);
  const section = buyer.getByTestId("follow-up-section");
  await expect(section.getByText("Задач пока нет.")).toBeVisible();
  const form = section.getByTestId("follow-up-form");
  const meetingDay = isoDay(new Date(seeded.endsAt.getTime() - 20 * 60_000), "Europe/Moscow");
  const dayBefore = new Date(`${meetingDay}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  const note = `Отправить образцы ткани ${randomBytes(3).toString("hex")}`;
  await form.getByLabel("Срок").fill(dayBefore.toISOString().slice(0, 10));
  await form.getByLabel("Что нужно сделать").fill(note);
  await form.getByRole("button", { name: "Добавить задачу" }).click();
  await expect(form.locator("#dueOn-error")).toHaveText("Срок не может быть раньше даты встречи.");
  await expect(form.getByLabel("Что нужно сделать")).toHaveValue(note); // nothing lost
  await shoot(buyer, "follow-up-meeting-error-ru");

  const due = new Date(`${meetingDay}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + 7);
  await form.getByLabel("Срок").fill(due.toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Добавить задачу" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Задача добавлена." })).toBeVisible();
  const item = section.getByTestId("follow-up").filter({ hasText: note });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-done", "false");
  await shoot(buyer, "follow-up-meeting-ru");

  // Listed among the follow-ups due, in every language; the supplier does not see the buyer's.
  await buyer.goto("/ru/meetings/follow-ups");
  const listed = buyer.getByTestId("follow-ups-due").getByTestId("follow-up").filter({ hasText: note });
  await expect(listed).toHaveCount(1);
  await shoot(buyer, "follow-ups-due-ru");
  for (const locale of ["en", "zh"] as const) {
    await buyer.goto(`/${locale}/meetings/follow-ups`);
    await expect(buyer.getByTestId("follow-ups-due").getByTestId("follow-up").filter({ hasText: note })).toHaveCount(1);
    await shoot(buyer, `follow-ups-due-${locale}`);
  }
  await buyer.setViewportSize({ width: 390, height: 844 });
  await buyer.goto("/ru/meetings/follow-ups");
  await expect(buyer.getByTestId("follow-ups-due")).toBeVisible();
  await shoot(buyer, "follow-ups-due-ru-phone");
  expect(await buyer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await buyer.setViewportSize({ width: 1280, height: 900 });

  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.goto("/zh/meetings/follow-ups");
  await expect(supplier.getByText(note)).toHaveCount(0);
  await supplier.goto(`/zh/meetings/${seeded.meetingId}`);
  await expect(supplier.getByTestId("follow-up-section")).toBeVisible();
  await expect(supplier.getByText(note)).toHaveCount(0);
  await shoot(supplier, "follow-up-meeting-zh");

  // Marked done: it leaves the list and stays on the meeting, done.
  await buyer.goto("/ru/meetings/follow-ups");
  await listed.getByRole("button", { name: "Отметить выполненной" }).click();
  await expect(buyer.getByTestId("follow-up").filter({ hasText: note })).toHaveCount(0);
  await buyer.goto(`/ru/meetings/${seeded.meetingId}`);
  await expect(buyer.getByTestId("follow-up").filter({ hasText: note })).toHaveAttribute("data-done", "true");
});
