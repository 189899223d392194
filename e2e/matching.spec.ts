import { expect, test, type Browser, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";

// Matchmaking as its three kinds of users click it: a Russian buyer and a Chinese
// supplier reach mutual interest, an organizer proposes a meeting from the session's
// match table, and bad weights are refused in the organizer's language.

const pongee = "Ткань понже из полиэстера 240T"; // the demo buyer's fabric requirement (prisma/seed/demo-requirements.ts)
const rawKey = /\b[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+\b/; // an untranslated message key

async function signedIn(browser: Browser, email: string, locale: "en" | "zh" | "ru"): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

async function openPongeeRequirement(page: Page): Promise<void> {
  await page.goto("/ru/buyer/requirements");
  const card = page.getByTestId("requirement").filter({ hasText: pongee });
  await card.getByRole("link", { name: /^Рекомендуемые поставщики/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Рекомендуемые поставщики/ })).toBeVisible();
}

test("a buyer and a supplier mark each other interested and both see mutual interest", async ({ browser }) => {
  const buyer = await signedIn(browser, demo.buyer, "ru");
  await openPongeeRequirement(buyer);

  // Ranked suppliers with reasons in Russian; the maker of pongee (Huafang) comes first.
  const cards = buyer.getByTestId("supplier-recommendation");
  await expect(cards.first()).toContainText("Хуафан");
  const best = cards.first();
  await expect(best.getByRole("meter")).toHaveAttribute("aria-valuenow", /^\d+$/);
  await expect(best.getByTestId("match-reasons")).toContainText("Та же категория");
  await expect(best.getByTestId("match-reasons")).not.toContainText(rawKey);

  const interested = best.getByRole("button", { name: /: интересно$/ });
  await expect(interested).toHaveAttribute("aria-pressed", "false");
  await interested.click();
  await expect(interested).toHaveAttribute("aria-pressed", "true");

  // The supplier, in Chinese, sees the buyer's requirement without its target price.
  const supplier = await signedIn(browser, demo.supplier, "zh");
  await supplier.getByRole("link", { name: "适合您的采购商" }).click();
  await expect(supplier.getByRole("heading", { level: 1, name: "寻找您产品的采购商" })).toBeVisible();
  const request = supplier.getByTestId("buyer-recommendation").filter({ hasText: "pongee 240T" });
  await expect(request).toHaveCount(1);
  await expect(request).toContainText("采购商感兴趣");
  await expect(request).not.toContainText(/0[.,]70/);
  const back = request.getByRole("button", { name: /^对.*感兴趣$/ });
  await back.click();
  await expect(back).toHaveAttribute("aria-pressed", "true");
  await expect(request.getByTestId("mutual-badge")).toHaveText(/双方均感兴趣/);

  // And the buyer sees the badge too.
  await buyer.reload();
  await expect(buyer.getByTestId("supplier-recommendation").first().getByTestId("mutual-badge")).toHaveText(
    /Взаимный интерес/,
  );
});

test("an organizer filters the match table and proposes a meeting; the supplier sees it", async ({ browser }) => {
  const note = `Both work with pongee linings for down jackets ${Date.now()}`;
  const organizer = await signedIn(browser, demo.organizer, "en");
  await organizer.goto("/en/admin/matching"); // the organizer's own language is Chinese: stay in English
  await expect(
    organizer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matching" }),
  ).toBeVisible();
  await organizer
    // The pongee requirement has no session of its own: it is matched in the next session of
    // its category that has not ended, the live demo edition's (2022 is history).
    .getByRole("region", { name: /live demo$/ })
    .getByRole("link", { name: "Open the match table of Fabric and Accessories" })
    .click();
  await expect(organizer.getByTestId("match-table-status")).toBeVisible();

  // The seed computes the table; should it be missing, recompute and wait for the background worker.
  await expect(async () => {
    if ((await organizer.getByTestId("match-row").count()) === 0) {
      await organizer.getByRole("button", { name: "Recompute now" }).click();
      await organizer.waitForTimeout(1_500);
      await organizer.reload();
    }
    expect(await organizer.getByTestId("match-row").count()).toBeGreaterThan(0);
  }).toPass({ timeout: 45_000 });

  await organizer.getByLabel("Buyer", { exact: true }).selectOption({ label: "TextileImport LLC" });
  await organizer.getByLabel("Minimum score").fill("1");
  await organizer.getByLabel("Sort by").selectOption("supplier");
  await organizer.getByRole("button", { name: "Apply" }).click();
  await expect(organizer).toHaveURL(/buyer=.*minScore=1|minScore=1.*buyer=/);
  const rows = organizer.getByTestId("match-row");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("TextileImport LLC");

  const row = rows.filter({ hasText: "Huafang" }).filter({ hasText: "pongee 240T" });
  await row.getByRole("button", { name: /^Propose a meeting: TextileImport LLC and Shaoxing Keqiao Huafang/ }).click();
  const dialog = organizer.getByRole("dialog", { name: "Propose a meeting" });
  await dialog.getByLabel("Note for both sides").fill(note);
  await dialog.getByLabel("Scheduling priority").selectOption("1");
  await dialog.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Proposed");

  const supplier = await signedIn(browser, demo.supplier, "en");
  await supplier.goto("/en/supplier/buyers");
  const request = supplier.getByTestId("buyer-recommendation").filter({ hasText: "pongee 240T" });
  await expect(request.getByTestId("proposal-notice")).toContainText("The organizer proposes a meeting");
  await expect(request.getByTestId("proposal-notice")).toContainText(note);
});

test("an organizer marks a supplier verified on the enterprise access page", async ({ page }) => {
  await signIn(page, demo.organizer);
  await page.goto("/en/admin/organizations?status=APPROVED&kind=SUPPLIER");
  const row = page.getByTestId("organization-row").filter({ hasText: "Lanhua" });
  await row.getByRole("button", { name: /^Mark .*Lanhua.* verified$/ }).click();
  await expect(row.getByTestId("verified-badge")).toHaveText("Verified");
  await expect(row.getByRole("button", { name: /^Remove the verification of/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("weights out of range are refused in the organizer's language and change nothing", async ({ page }) => {
  await signIn(page, demo.organizer, undefined, "ru");
  await page.goto("/ru/admin/matching");
  await page.getByRole("link", { name: "Веса факторов" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Веса факторов" })).toBeVisible();
  const text = page.getByLabel("Описание товара соответствует заявке");
  await expect(text).toHaveValue("30");

  await text.fill("500");
  await page.getByRole("button", { name: "Сохранить веса" }).click();
  await expect(page.locator("#text-error")).toHaveText("Введите целое число от 0 до 100.");
  await expect(text).toHaveValue("500"); // the input is kept for correcting

  await page.reload();
  await expect(page.getByLabel("Описание товара соответствует заявке")).toHaveValue("30");
  await expect(page.getByText("Ярмарка использует стандартные веса.")).toBeVisible();
});

test("screenshots of every matching page in en, zh and ru", async ({ browser }) => {
  test.setTimeout(180_000);
  const buyer = await signedIn(browser, demo.buyer, "ru");
  await openPongeeRequirement(buyer);
  const requirementPath = new URL(buyer.url()).pathname.replace(/^\/ru/, "");
  const supplier = await signedIn(browser, demo.supplier, "zh");
  const organizer = await signedIn(browser, demo.organizer, "en");
  await organizer.goto("/en/admin/matching");
  await organizer
    // The pongee requirement has no session of its own: it is matched in the next session of
    // its category that has not ended, the live demo edition's (2022 is history).
    .getByRole("region", { name: /live demo$/ })
    .getByRole("link", { name: "Open the match table of Fabric and Accessories" })
    .click();
  await expect(organizer).toHaveURL(/\/admin\/matching\/[^/?]+$/);
  const sessionPath = new URL(organizer.url()).pathname.replace(/^\/en/, "");

  const pages: [Page, string, string][] = [
    [buyer, "buyer-requirement", requirementPath],
    [supplier, "supplier-buyers", "/supplier/buyers"],
    [organizer, "admin-matching", "/admin/matching"],
    [organizer, "admin-match-table", sessionPath],
    [organizer, "admin-weights", "/admin/matching/weights"],
    [organizer, "admin-organizations", "/admin/organizations?status=APPROVED&kind=SUPPLIER"],
  ];
  for (const locale of ["en", "zh", "ru"] as const) {
    for (const [page, name, path] of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("main")).not.toContainText(rawKey);
      await page.screenshot({ path: `e2e/screenshots/matching-${name}-${locale}.png`, fullPage: true });
      if (locale === "ru" || (locale === "zh" && name === "supplier-buyers")) {
        await page.setViewportSize({ width: 375, height: 800 });
        await page.screenshot({ path: `e2e/screenshots/matching-${name}-${locale}-phone.png`, fullPage: true });
      }
    }
  }
});
