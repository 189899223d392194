import { randomBytes } from "node:crypto";
import { expect, test } from "./support/test";
import { demo, signIn } from "./support/accounts";
import { fabricSessionId, organizationIdOf, withE2eDatabase } from "./support/test-database";

// The fair lives edition after edition: the 2022 edition is an archive, a new
// requirement aims at a session still ahead, and a requirement of an ended session
// is carried over to the next edition.

const pastFabric = "/fairs/zhejiang-export-russia-2022/fabric-accessories";
const joinTitle = {
  en: "Want to take part in this session?",
  zh: "希望参加本专场？",
  ru: "Хотите участвовать в этой сессии?",
};
const shoot = (page: import("@playwright/test").Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

test("the 2022 session is an archive: ended, no join or register controls, its catalogue labelled", async ({
  page,
}) => {
  for (const locale of ["en", "zh", "ru"] as const) {
    await page.goto(`/${locale}${pastFabric}`);
    await expect(page.getByTestId("session-archive")).toBeVisible();
    await expect(page.locator("[data-phase=ended]").first()).toBeVisible();
    // The "take part in this session" invitation is gone.
    await expect(page.getByRole("heading", { name: joinTitle[locale] })).toHaveCount(0);
    await shoot(page, `session-archive-${locale}`);
  }
  await page.goto(`/en${pastFabric}/catalogue`);
  await expect(page.getByTestId("catalogue-archive")).toContainText("Archive");

  await signIn(page, demo.supplier);
  const rows = page.getByTestId("session-registration");
  await expect(rows.filter({ hasText: "· 2022" }).first()).toBeVisible();
  // Not one 2022 session offers a register button; the upcoming edition's sessions do, or are joined already.
  await expect(rows.filter({ hasText: "· 2022" }).getByRole("button", { name: /^Register for/ })).toHaveCount(0);
  await expect(rows.filter({ hasText: "· 2022" }).locator("[data-phase=ended]")).toHaveCount(5);
  await shoot(page, "dashboard-phases-en");
});

test("a new requirement aims at a session ahead, and its recommendations come from it", async ({ page }) => {
  const wanted = `Oxford fabric 600D PU coated, ${Date.now()}`;
  await signIn(page, demo.buyer);
  await page.goto("/en/buyer/requirements/new");
  await page.getByLabel("Category *").selectOption({ label: "Fabrics" });
  const sessions = page.getByLabel("Session");
  await expect(sessions.locator("option").first()).toHaveText("Next session of this category");
  // Only sessions still ahead are offered: no 2022 one.
  await expect(sessions.locator("option", { hasText: "2022" })).toHaveCount(0);
  await expect(sessions.locator("option", { hasText: /^Fabric and Accessories · \d{4} — / }).first()).toBeAttached();
  await shoot(page, "requirement-session-picker-en");
  await page.getByLabel("In English").fill(wanted);
  await page.getByLabel("Quantity *").fill("3000");
  await page.getByLabel("Unit *").selectOption("meter");
  await page.getByRole("button", { name: "Post requirement" }).click();
  await expect(page).toHaveURL(/\/en\/buyer\/requirements\?done=created/);

  const card = page.getByTestId("requirement").filter({ hasText: wanted });
  await expect(card.getByTestId("requirement-session")).toContainText("Next session of its category");
  await card.getByRole("link", { name: /Recommended suppliers/ }).click();
  const session = page.getByText(/^Session: Fabric and Accessories · \d{4}$/);
  await expect(session).toBeVisible();
  await expect(session).not.toContainText("2022");
  await expect(page.getByTestId("supplier-recommendations")).toBeVisible();
});

test("a requirement of the ended 2022 session is carried over to the next edition", async ({ page }) => {
  const wanted = `Молнии металлические № 8 для пуховиков, ${randomBytes(4).toString("hex")}`;
  // Posted during the 2022 session (history the UI can no longer create).
  await withE2eDatabase(async (client) => {
    const [sessionId, organizationId] = [await fabricSessionId(client), await organizationIdOf(client, demo.buyer)];
    await client.query(
      `INSERT INTO "PurchasingRequirement" (id, "organizationId", "sessionId", "categoryId", "textRu", quantity, unit,
         "createdAt", "updatedAt")
       SELECT $1, $2, $3, c.id, $4, 20000, 'piece', '2022-06-01T00:00:00Z', '2022-06-01T00:00:00Z'
       FROM "Category" c WHERE c.slug = 'garment-accessories'`,
      [`e2e-carry-${randomBytes(6).toString("hex")}`, organizationId, sessionId, wanted],
    );
  });
  await signIn(page, demo.buyer, undefined, "ru");
  await page.goto("/en/buyer/requirements");
  const card = page.getByTestId("requirement").filter({ hasText: wanted });
  await expect(card.getByTestId("requirement-session")).toContainText("Fabric and Accessories · 2022");
  await expect(card.locator("[data-phase=ended]")).toBeVisible();
  await expect(card.getByRole("link", { name: /Recommended suppliers/ })).toHaveCount(0);
  await shoot(page, "requirements-ended-en");

  await card.getByRole("button", { name: /^Carry .* over to the next edition$/ }).click();
  await expect(page).toHaveURL(/\/en\/buyer\/requirements\/[^/?]+\?done=carried/);
  await expect(page.getByRole("status").filter({ hasText: "Carried over to the next edition" })).toBeVisible();
  const carried = page.getByTestId("requirement").filter({ hasText: wanted });
  await expect(carried).toContainText("Carried over from an earlier edition");
  await expect(carried.getByTestId("requirement-session")).not.toContainText("2022");
  await expect(page.getByText(/^Session: Fabric and Accessories · \d{4}$/)).not.toContainText("2022");

  // The list and the form in every language, and at phone width.
  for (const locale of ["zh", "ru"] as const) {
    await page.goto(`/${locale}/buyer/requirements`);
    await expect(page.getByTestId("requirement").first()).toBeVisible();
    await shoot(page, `requirements-editions-${locale}`);
    await page.goto(`/${locale}/buyer/requirements/new`);
    await shoot(page, `requirement-session-picker-${locale}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ru/buyer/requirements");
  await shoot(page, "requirements-editions-ru-phone");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The original stays, closed, with its history.
  await page.goto("/en/buyer/requirements");
  const original = page.getByTestId("requirement").filter({ hasText: wanted }).filter({ hasText: "· 2022" });
  await expect(original).toContainText("Carried over to the next edition");
  await expect(original.getByRole("button", { name: /over to the next edition/ })).toHaveCount(0);
});
