/**
 * Live-stream showcases, the application side (issue 17): a supplier schedules one and is
 * refused for an overlap and outside the session, the organizer approves, a buyer sees the
 * programme in its own zone, follows and downloads the .ics (the supplier is mailed the
 * approval), gets the reminder mail for a showcase starting within 15 minutes; on the demo's
 * live showcase a viewer asks, the supplier
 * pins the question and a product card, which opens a prefilled meeting request; another
 * supplier and a buyer not approved for the session are refused (page and API). Screenshots
 * in en/zh/ru and at phone width go to /tmp/shots-h2a (SHOTS_DIR).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { test, expect, type Browser, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { expectMail } from "./support/mailbox";
import { signedIn, type Locale } from "./support/meetings";
import { fabricSessionId, withE2eDatabase } from "./support/test-database";

const liveFair = "zhejiang-export-russia-live";
const programmePath = `/fairs/${liveFair}/fabric-accessories/showcases`;
const otherSupplier = "lanhua.textile@fairbridge.demo"; // registered for the live fabric session
const strangerSupplier = "ningbo.fire@fairbridge.demo"; // approved, but not for this session
const strangerBuyer = "kazan.safety@fairbridge.demo"; // approved, but not for this session
const shots = process.env.SHOTS_DIR ?? "/tmp/shots-h2a";

/** "YYYY-MM-DDTHH:MM" of an instant on Hangzhou's clock (the fair's zone), rounded up to `step` minutes. */
function fairClock(instant: Date, step = 5): string {
  const rounded = new Date(Math.ceil(instant.getTime() / (step * 60_000)) * step * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Shanghai",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(rounded)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

// Several browser contexts per journey on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function showcaseIdByTitle(title: string): Promise<string> {
  return withE2eDatabase(async (client) => {
    const result = await client.query(`SELECT id FROM "Showcase" WHERE "titleEn" = $1 OR "titleRu" = $1`, [title]);
    return result.rows[0]?.id as string;
  });
}

async function schedule(page: Page, title: string, start: string, minutes = 30): Promise<void> {
  await page.goto("/en/supplier/showcases");
  const form = page.getByTestId("showcase-form");
  const session = form.locator("#sessionId option", { hasText: "live demo" }).first();
  await form.locator("#sessionId").selectOption((await session.getAttribute("value")) ?? "");
  await form.locator("#titleEn").fill(title);
  await form.locator("#start").fill(start);
  await form.locator("#durationMinutes").fill(String(minutes));
  await form.locator("input[name=productIds]").first().check();
  await form.getByRole("button", { name: "Submit for approval" }).click();
}

async function approveAsOrganizer(browser: Browser, title: string): Promise<void> {
  const organizer = await signedIn(browser, demo.organizer, "en");
  const sessionId = await withE2eDatabase((client) => fabricSessionId(client, liveFair));
  await organizer.goto(`/en/admin/sessions/${sessionId}/showcases`);
  const card = organizer.getByTestId("console-showcase").filter({ hasText: title });
  await expect(card.getByTestId("showcase-state")).toHaveText("Awaiting approval");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(organizer.getByTestId("console-showcases-done")).toBeVisible();
  await expect(
    organizer.getByTestId("console-showcase").filter({ hasText: title }).getByTestId("showcase-state"),
  ).toHaveText(/^(Scheduled|Starting soon)$/); // "Starting soon" within 15 minutes of its start
  await organizer.context().close();
}

test("a supplier schedules a showcase, is refused for overlap and outside the session; the organizer approves; a buyer follows and downloads the .ics", async ({
  browser,
}) => {
  const title = `Velvet samples ${Date.now()}`;
  const supplier = await signedIn(browser, demo.supplier, "en");

  // The demo supplier's next showcase runs 3 hours from now: overlapping it is refused, nothing written.
  await schedule(supplier, `${title} overlap`, fairClock(inMinutes(185)));
  await expect(supplier.locator("#start-error")).toHaveText(
    "This overlaps another showcase of yours. Choose a different time.",
  );
  await schedule(supplier, `${title} late`, fairClock(inMinutes(4 * 24 * 60)));
  await expect(supplier.locator("#start-error")).toHaveText(
    "The showcase must start and end within the session's days.",
  );
  expect(await showcaseIdByTitle(`${title} overlap`)).toBeUndefined();

  await schedule(supplier, title, fairClock(inMinutes(70)), 45);
  await expect(supplier.getByTestId("showcases-done")).toContainText("Showcase submitted");
  const own = supplier.getByTestId("supplier-showcase").filter({ hasText: title });
  await expect(own.getByTestId("showcase-state")).toHaveText("Awaiting approval");

  const beforeApproval = new Date();
  await approveAsOrganizer(browser, title);
  // The supplier is told, in its own language.
  await expectMail(
    demo.supplier,
    new RegExp(`^(Showcase approved|Трансляция одобрена|直播展示已通过审核)[:：] ?${title}$`),
    {
      since: beforeApproval,
    },
  );

  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru${programmePath}`);
  const card = buyer.getByTestId("programme-showcase").filter({ hasText: title });
  await expect(card.getByTestId("showcase-state")).toHaveText("Запланирована");
  // The buyer's zone (Moscow) first, the fair's (Hangzhou) beside it.
  await expect(card.getByTestId("showcase-time-mine")).toContainText("Москва");
  await expect(card.getByTestId("showcase-time-fair")).toContainText("Ханчжоу");
  await card.getByTestId("follow-showcase").click();
  await expect(card.getByTestId("follow-showcase")).toHaveText("Отписаться");

  const download = buyer.waitForEvent("download");
  await card.getByTestId("programme-ics").click();
  const ics = readFileSync(await (await download).path(), "utf8");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(title);
  await supplier.context().close();
  await buyer.context().close();
});

test("a follower gets the reminder mail for a showcase starting within 15 minutes", async ({ browser }) => {
  const title = `Silk lining ${Date.now()}`;
  const since = new Date();
  const supplier = await signedIn(browser, otherSupplier, "en");
  // 10-11 minutes ahead: still within the reminder's 15 minutes when the buyer follows.
  await schedule(supplier, title, fairClock(inMinutes(10), 1), 20);
  await expect(supplier.getByTestId("showcases-done")).toBeVisible();
  await supplier.context().close();
  await approveAsOrganizer(browser, title);

  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru/showcases/${await showcaseIdByTitle(title)}`);
  await buyer.getByTestId("follow-showcase").click();
  await expect(buyer.getByTestId("follow-showcase")).toHaveText("Отписаться");
  // In the buyer's own language, which another journey may have changed (languages.spec.ts).
  const locale = await withE2eDatabase((client) =>
    client.query(`SELECT locale FROM "User" WHERE email = $1`, [demo.buyer]).then((r) => r.rows[0].locale as string),
  );
  const subject = { ru: /Начало через 15 минут/, zh: /15 分钟后开始/, en: /Starting in 15 minutes/ }[locale];
  if (!subject) throw new Error(`unexpected locale ${locale}`);
  const mail = await expectMail(demo.buyer, subject, { since, body: title });
  expect(mail.subject).toContain(title);
  expect(mail.text).toContain(`/${locale}/showcases/`);
  await buyer.context().close();
});

test("a viewer asks, the supplier pins the question and a product card, which opens a prefilled meeting request", async ({
  browser,
}) => {
  const showcaseId = await showcaseIdByTitle("New-season fabrics, live");
  const viewer = await signedIn(browser, demo.buyer, "ru");
  const supplier = await signedIn(browser, demo.supplier, "en");
  await viewer.goto(`/ru/showcases/${showcaseId}`);
  await supplier.goto(`/en/showcases/${showcaseId}`);
  await expect(viewer.getByTestId("showcase-title")).toHaveText("Ткани нового сезона в прямом эфире");

  const question = `Какая цена за метр? ${Date.now()}`;
  await viewer.getByRole("textbox", { name: "Сообщение" }).fill(question);
  await viewer.getByRole("button", { name: "Отправить" }).click();
  const asked = supplier.getByTestId("showcase-message").filter({ hasText: question });
  await expect(asked).toBeVisible(); // arrives by polling
  await expect(asked).toHaveAttribute("data-kind", "QUESTION");
  await asked.getByRole("button", { name: "Pin" }).click();
  await expect(viewer.getByTestId("pinned-questions")).toContainText(question);
  // The viewer is counted for the supplier (heartbeat).
  await expect(supplier.getByTestId("showcase-viewers")).toContainText(/[1-9]\d* viewers? watching/);

  await supplier.getByTestId("pin-products").locator("summary").click();
  const pinButtons = supplier.getByTestId("pin-products").getByRole("button", { name: "Pin", exact: true });
  if ((await pinButtons.count()) > 0) await pinButtons.first().click();
  const card = viewer.getByTestId("pinned-product").first();
  await expect(card).toBeVisible();
  // The card's link is labelled "Request a meeting: <product name>" (its text starts with the image or its placeholder).
  const label = (await card.getByRole("link").getAttribute("aria-label")) ?? "";
  const productName = label.slice(label.indexOf(": ") + 2).trim();
  expect(productName).not.toBe("");
  await card.getByRole("link").click();
  await expect(viewer).toHaveURL(new RegExp(`/ru/meetings/new\\?.*showcase=${showcaseId}.*product=`));
  const form = viewer.getByTestId("request-meeting-form");
  await expect(form.locator("input[name=showcaseId]")).toHaveValue(showcaseId);
  await expect(form.locator("#message")).toHaveValue(new RegExp(productName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await viewer.context().close();
  await supplier.context().close();
});

test("another supplier and a buyer not approved for the session are refused (page and API)", async ({ browser }) => {
  const restricted = await showcaseIdByTitle("Trims and accessories Q&A");
  for (const email of [strangerSupplier, strangerBuyer]) {
    const page = await signedIn(browser, email, "en");
    await page.goto(`/en/showcases/${restricted}`);
    await expect(page.getByTestId("showcase-refused")).toBeVisible();
    const feed = await page.request.get(`/api/showcases/${restricted}/feed`);
    expect(feed.status()).toBe(404);
    const post = await page.request.post(`/api/showcases/${restricted}/messages`, {
      data: { kind: "QUESTION", text: "let me in" },
    });
    expect(post.status()).toBe(404);
    // The demo supplier's own moderation route refuses everyone else.
    const pin = await page.request.post(`/api/showcases/${restricted}/pins`, {
      data: { productId: "x", pinned: true },
    });
    expect([403, 404]).toContain(pin.status());
    await page.context().close();
  }
  // Signed out: the restricted showcase is not there either.
  const anonymous = await browser.newPage();
  expect((await anonymous.request.get(`/api/showcases/${restricted}/feed`)).status()).toBe(404);
  await anonymous.close();
});

test("screenshots of the showcase pages in en, zh, ru and at phone width", async ({ browser }) => {
  mkdirSync(shots, { recursive: true });
  const live = await showcaseIdByTitle("New-season fabrics, live");
  const ended = await showcaseIdByTitle("Factory tour: the weaving hall");
  const sessionId = await withE2eDatabase((client) => fabricSessionId(client, liveFair));
  const accounts: Record<Locale, string> = { en: demo.buyer, zh: demo.supplier, ru: demo.buyer };
  for (const locale of ["en", "zh", "ru"] as const) {
    const page = await signedIn(browser, accounts[locale], locale);
    await page.goto(`/${locale}/showcases/${live}`);
    await expect(page.getByTestId("showcase-live-panel")).toBeVisible();
    await page.screenshot({ path: `${shots}/showcase-${locale}.png`, fullPage: true });
    await page.goto(`/${locale}${programmePath}`);
    await expect(page.getByTestId("showcase-programme")).toBeVisible();
    await page.screenshot({ path: `${shots}/programme-${locale}.png`, fullPage: true });
    await page.goto(`/${locale}/showcases/${ended}`);
    await expect(page.getByTestId("showcase-messages")).toBeVisible();
    await page.screenshot({ path: `${shots}/ended-${locale}.png`, fullPage: true });
    await page.context().close();
  }
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.goto("/zh/supplier/showcases");
  await expect(supplier.getByTestId("supplier-showcases")).toBeVisible();
  await supplier.screenshot({ path: `${shots}/supplier-zh.png`, fullPage: true });
  await supplier.context().close();
  const organizer = await signedIn(browser, demo.organizer, "en");
  await organizer.goto(`/en/admin/sessions/${sessionId}/showcases`);
  await expect(organizer.getByTestId("console-showcases")).toBeVisible();
  await organizer.screenshot({ path: `${shots}/console-en.png`, fullPage: true });
  await organizer.context().close();

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "ru",
    timezoneId: "Europe/Moscow",
  });
  const page = await phone.newPage();
  await page.goto("/ru/login");
  await page.locator("#email").fill(demo.buyer);
  await page.locator("#password").fill("FairBridge2026!");
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/dashboard/);
  await page.goto(`/ru/showcases/${live}`);
  await expect(page.getByTestId("showcase-live-panel")).toBeVisible();
  await page.screenshot({ path: `${shots}/showcase-phone-ru.png`, fullPage: true });
  await page.goto(`/ru${programmePath}`);
  await page.screenshot({ path: `${shots}/programme-phone-ru.png`, fullPage: true });
  await phone.close();
});
