import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/** The demo fair's next edition (prisma/seed/upcoming-edition.ts): its sessions lie ahead, so slots are bookable. */
export const upcomingFabric = "/fairs/zhejiang-export-russia-upcoming/fabric-accessories";

/** "08:00–08:20": one clock range of a slot label ("08:00–08:20 Москва · 13:00–13:20 Ханчжоу"). */
export const clockRange = /\d{2}:\d{2}–\d{2}:\d{2}/g;

export type Locale = "en" | "zh" | "ru";

/** A signed-in page in its own browser context (the app shows times in the profile's zone). */
export async function signedIn(browser: Browser, email: string, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ locale, timezoneId: locale === "zh" ? "Asia/Shanghai" : "Europe/Moscow" });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** A buyer opens Huafang's public page from the upcoming fabric session's supplier list. */
export async function openHuafangPage(buyer: Page, locale: Locale): Promise<void> {
  await buyer.goto(`/${locale}${upcomingFabric}/catalogue/suppliers`);
  await buyer
    .getByRole("link", { name: /Хуафан|Huafang|华纺/ })
    .first()
    .click();
  await expect(buyer).toHaveURL(new RegExp(`/${locale}/suppliers/[^/?]+`));
}

/** From Huafang's page, "Request a meeting": a message and no preferred slot. */
export async function requestHuafang(buyer: Page, message: string): Promise<void> {
  await openHuafangPage(buyer, "ru");
  await buyer.getByTestId("request-meeting-button").click();
  await expect(buyer.getByTestId("request-meeting-form")).toBeVisible();
  await buyer.getByLabel("Сообщение").fill(message);
  await buyer.getByRole("button", { name: "Отправить запрос" }).click();
  await expect(buyer).toHaveURL(/\/ru\/meetings\?done=requested/);
}

/** The slot values (UTC ISO starts) an incoming request's accept form offers. */
export async function offeredStarts(card: ReturnType<Page["getByTestId"]>): Promise<string[]> {
  return card.locator("input[name=start]").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** "HH:MM" of an instant on a zone's clock. */
export function clockIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    instant,
  );
}

/** DTSTART of an RFC 5545 file's first event, which must be in UTC ("…Z"). */
export function icsStart(ics: string): Date {
  const match = /DTSTART:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(ics);
  expect(match, "DTSTART in UTC").not.toBeNull();
  const [, y, mo, d, h, mi, s] = match!.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
