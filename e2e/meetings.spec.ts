import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// A Russian buyer in Moscow asks the Chinese demo supplier (Shanghai zone) for a
// meeting in the fabric session; the supplier accepts a slot; both see it in their
// own time with the other's beside it; the buyer cancels and the supplier sees it.
//
// The domain offers only slots in the future, and the demo fair is the 2022 one:
// with the stock seed there is no free slot, so the booking journey skips itself
// (and the first test pins that state down). It runs in full against a database
// whose fabric session lies ahead.

const clock = /\d{2}:\d{2}–\d{2}:\d{2}/g;

async function signedIn(browser: Browser, email: string, locale: "en" | "zh" | "ru"): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: locale === "zh" ? "Asia/Shanghai" : "Europe/Moscow" });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** From the buyer's pongee requirement, the first recommended supplier's "Request a meeting". */
async function openRequestForm(buyer: Page, locale: "en" | "zh" | "ru" = "ru"): Promise<void> {
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
    await buyer
      .getByRole("navigation")
      .first()
      .getByRole("link", { name: { ru: "Встречи", en: "Meetings", zh: "洽谈" }[locale], exact: true })
      .first()
      .click();
    await expect(buyer).toHaveURL(new RegExp(`/${locale}/meetings$`));
    await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(
      { ru: "Встречи", en: "Meetings", zh: "洽谈" }[locale],
    );
    await buyer.screenshot({ path: `e2e/screenshots/meetings-${locale}.png`, fullPage: true });
    await openRequestForm(buyer, locale);
    await expect(buyer.getByRole("heading", { level: 1 })).toContainText(/Хуафан|Huafang|华纺/);
    await buyer.screenshot({ path: `e2e/screenshots/meeting-request-${locale}.png`, fullPage: true });
  }
});

test("a buyer requests, the supplier accepts, both see their own time, one cancels", async ({ browser }) => {
  const buyer = await signedIn(browser, demo.buyer, "ru");
  await openRequestForm(buyer);
  test.skip(
    await buyer.getByTestId("no-free-slots").isVisible(),
    "the demo fair's sessions are in 2022: no future slot to book (see the report / docs/scheduling.md)",
  );

  // Buyer (Moscow, Russian): a message and the first free slot as preferred.
  const message = `Обсудить понже 240T, ${Date.now()}`;
  await buyer.getByLabel("Сообщение").fill(message);
  const slot = buyer
    .getByTestId("request-meeting-form")
    .locator("label")
    .filter({ has: buyer.locator("input[name=preferredSlots]") })
    .first();
  const slotLabel = (await slot.innerText()).trim();
  const [moscowClock = "", shanghaiClock = ""] = slotLabel.match(clock) ?? [];
  expect(moscowClock, slotLabel).toBeTruthy();
  expect(shanghaiClock, `${slotLabel}: the counterpart's time beside`).toBeTruthy();
  expect(slotLabel).toContain("Москва");
  await slot.click();
  await buyer.getByRole("button", { name: "Отправить запрос" }).click();
  await expect(buyer).toHaveURL(/\/ru\/meetings\?done=requested/);
  const sent = buyer.getByTestId("outgoing-request").filter({ hasText: message });
  await expect(sent).toContainText("Ждёт ответа");

  // Supplier (Shanghai, Chinese): accepts the preferred slot, offered first.
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.getByRole("link", { name: "洽谈", exact: true }).first().click();
  const received = supplier.getByTestId("incoming-request").filter({ hasText: message });
  await expect(received).toContainText("等待答复");
  const first = received.getByTestId("accept-form").locator("label").first();
  await expect(first).toContainText("首选");
  await expect(first).toContainText(`${shanghaiClock}`);
  await received.getByRole("button", { name: "接受并预约" }).click();
  await expect(supplier).toHaveURL(/\/zh\/meetings\/[^/?]+\?done=accepted/);
  await expect(supplier.getByTestId("meeting-status")).toHaveText("已预约");
  await expect(supplier.getByTestId("meeting-time")).toContainText(shanghaiClock);
  await expect(supplier.getByTestId("meeting-time-other")).toContainText(moscowClock);
  await supplier.screenshot({ path: "e2e/screenshots/meeting-detail-zh.png", fullPage: true });
  const meetingUrl = new URL(supplier.url());
  meetingUrl.search = "";

  // Buyer: the meeting is in the schedule, Moscow time first, the supplier's beside.
  await buyer.goto("/ru/meetings");
  const line = buyer.getByTestId("schedule-meeting").first();
  await expect(line).toContainText(`${moscowClock} Москва · ${shanghaiClock}`);
  await line.click();
  await expect(buyer.getByTestId("meeting-time")).toContainText(moscowClock);
  await expect(buyer.getByTestId("meeting-time-other")).toContainText(shanghaiClock);
  const ics = await buyer.request.get(`${buyer.url().split("?")[0].replace("/ru/meetings/", "/api/meetings/")}/ics`);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("BEGIN:VEVENT");
  await buyer.screenshot({ path: "e2e/screenshots/meeting-detail-ru.png", fullPage: true });

  // The buyer cancels; the supplier sees it cancelled, with the reason.
  await buyer.getByLabel(/Причина/).fill("Перенесём на следующую сессию");
  await buyer.getByRole("button", { name: "Отменить встречу" }).click();
  await expect(buyer.getByTestId("meeting-status")).toHaveText("Отменена");
  await supplier.goto(meetingUrl.toString());
  await expect(supplier.getByTestId("meeting-status")).toHaveText("已取消");
  await expect(supplier.getByTestId("meeting-cancelled")).toContainText("Перенесём на следующую сессию");
  await supplier.goto("/zh/meetings");
  await expect(supplier.getByTestId("schedule-meeting")).toHaveCount(0);
});
