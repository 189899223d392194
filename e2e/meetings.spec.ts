import { expect, test, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { expectMail } from "./support/mailbox";
import {
  clockIn,
  clockRange,
  icsStart,
  offeredStarts,
  openHuafangPage,
  requestHuafang,
  signedIn,
  upcomingFabric,
} from "./support/meetings";

// Meetings as a Russian buyer in Moscow and the Chinese demo supplier (Huafang,
// Shanghai zone) click them, in the upcoming edition of the demo fair (its sessions
// lie ahead, so slots are bookable): request, accept, both clocks, .ics, mail,
// reschedule, cancel; and two requests racing for one slot, then a decline.

const nevskaya = "spb.fabric@fairbridge.demo"; // a St Petersburg buyer of the fabric session
const primorye = "vvo.apparel@fairbridge.demo"; // a Vladivostok buyer of the fabric session

// Mail comes in the recipient's language, which other journeys may switch (e2e/languages.spec.ts).
const subjects = {
  requested: /Meeting request from|Запрос на встречу от|会谈请求/,
  accepted: /Meeting booked with|Встреча с .* назначена|预约会谈/,
  rescheduled: /moved to|перенесена на|会谈已改至/,
  cancelled: /Meeting with .* cancelled|Встреча с .* отменена|会谈已取消/,
  declined: /declined your meeting request|отклонила ваш запрос|拒绝了您的会谈请求/,
};

/** From the buyer's pongee requirement (the next session of its category), the first recommended supplier's "Request a meeting". */
async function openRequestForm(buyer: Page, locale: "en" | "zh" | "ru"): Promise<void> {
  await buyer.goto(`/${locale}/buyer/requirements`);
  const card = buyer.getByTestId("requirement").filter({ hasText: "240T" });
  await card.locator('a[href*="/buyer/requirements/"]:not([href$="/edit"])').first().click();
  await buyer.getByTestId("supplier-recommendation").first().getByTestId("request-meeting-link").click();
  await expect(buyer).toHaveURL(new RegExp(`/${locale}/meetings/new\\?session=`));
  await expect(buyer.getByTestId("request-meeting-form")).toBeVisible();
}

test("the meeting pages open in every language from the nav and from a recommendation", async ({ browser }) => {
  const buyer = await signedIn(browser, demo.buyer, "ru");
  for (const locale of ["ru", "en", "zh"] as const) {
    await buyer.goto(`/${locale}/dashboard`);
    const name = { ru: "Встречи", en: "Meetings", zh: "洽谈" }[locale];
    await buyer.getByRole("navigation").first().getByRole("link", { name, exact: true }).first().click();
    await expect(buyer).toHaveURL(new RegExp(`/${locale}/meetings$`));
    await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(name);
    await buyer.screenshot({ path: `e2e/screenshots/meetings-${locale}.png`, fullPage: true });
    // The requirement is matched in a session that has not ended: the form offers slots.
    await openRequestForm(buyer, locale);
    await expect(buyer.getByTestId("request-meeting-form").locator("input[name=preferredSlots]").first()).toBeVisible();
  }
});

test("a buyer requests, the supplier accepts, both see their own time, the buyer moves it and cancels", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const since = new Date();
  const buyer = await signedIn(browser, demo.buyer, "ru");

  // Buyer (Moscow, Russian): from Huafang's page, two preferred slots and an interpreter.
  await openHuafangPage(buyer, "ru");
  await buyer.getByTestId("request-meeting-button").click();
  await expect(buyer).toHaveURL(/\/ru\/meetings\/new\?session=.*&with=/);
  const message = `Обсудить шифон с цифровой печатью, ${Date.now()}`;
  await buyer.getByLabel("Сообщение").fill(message);
  const slots = buyer
    .getByTestId("request-meeting-form")
    .locator("label")
    .filter({ has: buyer.locator("input[name=preferredSlots]") });
  const firstLabel = (await slots.first().innerText()).trim();
  expect(firstLabel, "the counterpart's time beside").toMatch(
    /^\d{2}:\d{2}–\d{2}:\d{2} Москва · \d{2}:\d{2}–\d{2}:\d{2} /,
  );
  await slots.nth(0).click();
  await slots.nth(1).click();
  await buyer.getByLabel("Нужен переводчик (китайский–русский)").check();
  await buyer.screenshot({ path: "e2e/screenshots/meeting-request-upcoming-ru.png", fullPage: true });
  await buyer.getByRole("button", { name: "Отправить запрос" }).click();
  await expect(buyer).toHaveURL(/\/ru\/meetings\?done=requested/);
  await expect(buyer.getByTestId("outgoing-request").filter({ hasText: message })).toContainText("Ждёт ответа");
  await expectMail(demo.supplier, subjects.requested, { since, body: message });

  // Supplier (Shanghai, Chinese): the preferred slot comes first; accept it.
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.goto("/zh/meetings");
  const received = supplier.getByTestId("incoming-request").filter({ hasText: message });
  await expect(received).toContainText("等待答复");
  await expect(received).toContainText("需要翻译");
  const first = received.getByTestId("accept-form").locator("label").first();
  await expect(first).toContainText("首选");
  const [shanghaiClock, moscowClock] = ((await first.innerText()).match(clockRange) ?? []) as string[];
  expect(moscowClock, "Moscow time beside the supplier's").toBeTruthy();
  await received.getByRole("button", { name: "接受并预约" }).click();
  await expect(supplier).toHaveURL(/\/zh\/meetings\/[^/?]+\?done=accepted/);
  await expect(supplier.getByTestId("meeting-status")).toHaveText("已预约");
  await expect(supplier.getByTestId("meeting-time")).toContainText(shanghaiClock);
  await expect(supplier.getByTestId("meeting-time-other")).toContainText(moscowClock);
  await expect(supplier.getByTestId("meeting-interpreter")).not.toContainText(/未分配|不需要/);
  const meetingPath = new URL(supplier.url()).pathname.replace(/^\/zh/, "");
  await expectMail(demo.buyer, subjects.accepted, { since, body: message });

  // Buyer: the meeting in the schedule, Moscow time first and Hangzhou's beside it.
  await buyer.goto("/ru/meetings");
  const line = buyer.locator(`[data-testid=schedule-meeting]:has(a[href$="${meetingPath}"])`);
  await expect(line).toContainText(`${moscowClock} Москва · ${shanghaiClock}`);
  await line.click();
  await expect(buyer.getByTestId("meeting-time")).toContainText(moscowClock);
  await expect(buyer.getByTestId("meeting-time-other")).toContainText(shanghaiClock);

  // The .ics download: UTC times that are the meeting's Moscow clock.
  const [download] = await Promise.all([
    buyer.waitForEvent("download"),
    buyer.getByRole("link", { name: "Добавить в календарь (.ics)" }).click(),
  ]);
  const ics = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(clockIn(icsStart(ics), "Europe/Moscow")).toBe(moscowClock.slice(0, 5));

  // The buyer moves the meeting to another slot free for both; the supplier is told.
  const form = buyer.getByTestId("reschedule-form");
  const choice = form.locator("option").nth(1);
  const [newMoscow, newShanghai] = ((await choice.innerText()).match(clockRange) ?? []) as string[];
  await form.getByLabel("Новое время").selectOption((await choice.getAttribute("value"))!);
  await buyer.screenshot({ path: "e2e/screenshots/meeting-detail-ru.png", fullPage: true });
  await form.getByRole("button", { name: "Перенести встречу" }).click();
  await expect(buyer).toHaveURL(/\?done=rescheduled/);
  await expect(buyer.getByTestId("meeting-time")).toContainText(newMoscow);
  await expectMail(demo.supplier, subjects.rescheduled, { since });
  await supplier.goto(`/zh${meetingPath}`);
  await expect(supplier.getByTestId("meeting-time")).toContainText(newShanghai);
  await supplier.screenshot({ path: "e2e/screenshots/meeting-detail-zh.png", fullPage: true });

  await supplier.setViewportSize({ width: 375, height: 800 });
  await supplier.screenshot({ path: "e2e/screenshots/meeting-detail-zh-phone.png", fullPage: true });
  for (const locale of ["en", "ru"] as const) {
    await buyer.goto(`/${locale}${meetingPath}`);
    await expect(buyer.getByTestId("reschedule-form")).toBeVisible();
    if (locale === "en") await buyer.screenshot({ path: "e2e/screenshots/meeting-detail-en.png", fullPage: true });
    await buyer.setViewportSize({ width: 375, height: 800 });
    await buyer.screenshot({ path: `e2e/screenshots/meeting-detail-${locale}-phone.png`, fullPage: true });
    await buyer.setViewportSize({ width: 1280, height: 720 });
  }

  // The buyer cancels; the supplier sees it cancelled, with the reason, and no longer in the schedule.
  await buyer.getByLabel(/Причина/).fill("Перенесём на следующую сессию");
  await buyer.getByRole("button", { name: "Отменить встречу" }).click();
  await expect(buyer.getByTestId("meeting-status")).toHaveText("Отменена");
  await supplier.reload();
  await expect(supplier.getByTestId("meeting-status")).toHaveText("已取消");
  await expect(supplier.getByTestId("meeting-cancelled")).toContainText("Перенесём на следующую сессию");
  await expectMail(demo.supplier, subjects.cancelled, { since });
  await supplier.goto("/zh/meetings");
  await expect(supplier.getByTestId("schedule-meeting").first()).toBeVisible(); // the seeded meeting stays
  await expect(supplier.locator(`[data-testid=schedule-meeting] a[href$="${meetingPath}"]`)).toHaveCount(0);
  // The request that booked it no longer reads "accepted".
  const booking = supplier
    .getByTestId("incoming-request")
    .filter({ has: supplier.locator(`a[href$="${meetingPath}"]`) });
  await expect(booking.getByTestId("request-meeting-cancelled")).toHaveText("已取消");
});

test("a stale form accepting a slot just taken says so and keeps the request; then a decline with a reason", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const since = new Date();
  const stamp = Date.now();
  const fromNevskaya = `Спецодежда: понже и поликоттон, ${stamp}`;
  const fromPrimorye = `Детские куртки: ткани на осень, ${stamp}`;
  const nevskayaBuyer = await signedIn(browser, nevskaya, "ru");
  await requestHuafang(nevskayaBuyer, fromNevskaya);
  const primoryeBuyer = await signedIn(browser, primorye, "ru");
  await requestHuafang(primoryeBuyer, fromPrimorye);

  // The supplier has its requests open in two tabs.
  const tabA = await signedIn(browser, demo.supplier, "zh");
  const tabB = await tabA.context().newPage();
  await tabA.goto("/zh/meetings");
  await tabB.goto("/zh/meetings");
  const nevskayaCard = tabA.getByTestId("incoming-request").filter({ hasText: fromNevskaya });
  const primoryeCard = tabB.getByTestId("incoming-request").filter({ hasText: fromPrimorye });
  const forPrimorye = new Set(await offeredStarts(primoryeCard));
  const slot = (await offeredStarts(nevskayaCard)).find((start) => forPrimorye.has(start));
  expect(slot, "a slot free for both requests").toBeDefined();

  // Tab A books Nevskaya into the slot; tab B, not reloaded, tries to book Primorye into it too.
  await nevskayaCard.locator(`input[name=start][value="${slot}"]`).check();
  await nevskayaCard.getByRole("button", { name: "接受并预约" }).click();
  await expect(tabA).toHaveURL(/\/zh\/meetings\/[^/?]+\?done=accepted/);
  await primoryeCard.locator(`input[name=start][value="${slot}"]`).check();
  await primoryeCard.getByRole("button", { name: "接受并预约" }).click();
  const error = primoryeCard.getByTestId("form-error");
  await expect(error).toContainText("该时段刚刚被占用");
  await expect(error).toContainText(/下一个空闲时段：.*\d{2}:\d{2}/);
  await tabB.screenshot({ path: "e2e/screenshots/meeting-slot-taken-zh.png", fullPage: true });
  // Nothing lost: the request still waits, and the taken slot is no longer offered for it.
  await expect(primoryeCard).toContainText("等待答复");
  await expect(primoryeCard.locator(`input[name=start][value="${slot}"]`)).toHaveCount(0);
  await tabB.reload();
  await expect(primoryeCard).toContainText("等待答复");

  // The supplier declines Primorye with a reason; the buyer sees it and gets a mail.
  const reason = "本季度产能已满，欢迎下一专场再约。";
  await primoryeCard.getByText("拒绝…").click();
  await primoryeCard.getByLabel("原因（对方可见）").fill(reason);
  await primoryeCard.getByRole("button", { name: "拒绝申请" }).click();
  await expect(tabB).toHaveURL(/\/zh\/meetings\?done=declined/);
  await primoryeBuyer.goto("/ru/meetings");
  const sent = primoryeBuyer.getByTestId("outgoing-request").filter({ hasText: fromPrimorye });
  await expect(sent).toContainText("Отклонён");
  await expect(sent).toContainText(`Причина: ${reason}`);
  await expectMail(primorye, subjects.declined, { since, body: reason });
});

test("screenshots: the home page with every edition, a supplier's page with its request button", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const buyer = await signedIn(browser, demo.buyer, "ru");
  const anonymous = await (await browser.newContext()).newPage();
  for (const locale of ["en", "zh", "ru"] as const) {
    await anonymous.goto(`/${locale}`);
    const fairs = anonymous.locator("#fairs-heading + ul > li");
    // The upcoming edition, the live demo one and the 2022 edition, newest first.
    await expect(fairs).toHaveCount(3);
    await expect(fairs.first()).toContainText(
      /Zhejiang Export Online Fair \(Russia\) 20\d\d|20\d\d浙江|Чжэцзян 20\d\d/,
    );
    await expect(fairs.last()).toContainText(/2022/);
    await anonymous.screenshot({ path: `e2e/screenshots/home-two-fairs-${locale}.png`, fullPage: true });
    await anonymous.setViewportSize({ width: 375, height: 800 });
    await anonymous.screenshot({ path: `e2e/screenshots/home-two-fairs-${locale}-phone.png`, fullPage: true });
    await anonymous.setViewportSize({ width: 1280, height: 900 });

    await openHuafangPage(buyer, locale);
    await expect(buyer.getByTestId("request-meeting-button")).toBeVisible();
    await buyer.screenshot({ path: `e2e/screenshots/supplier-request-${locale}.png`, fullPage: true });
    await buyer.setViewportSize({ width: 375, height: 800 });
    await buyer.screenshot({ path: `e2e/screenshots/supplier-request-${locale}-phone.png`, fullPage: true });
    await buyer.goto(`/${locale}/meetings`);
    await expect(buyer.locator('main a[href$="/meetings/availability"]')).toBeVisible();
    await buyer.screenshot({ path: `e2e/screenshots/meetings-${locale}-phone.png`, fullPage: true });
    await buyer.setViewportSize({ width: 1280, height: 900 });
  }
  // Signed out, or a supplier: no request button on a supplier's page.
  await anonymous.goto(`/en${upcomingFabric}/catalogue/suppliers`);
  await anonymous
    .getByRole("link", { name: /Huafang/ })
    .first()
    .click();
  await expect(anonymous.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(anonymous.getByTestId("request-meeting-button")).toHaveCount(0);
});
