import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { demo, signIn } from "./support/accounts";

// Search that understands what buyers type (issue 16, lib/search): Russian word forms,
// Chinese category words, typos, and the organizers' category synonyms. Needs the demo
// products of the 2022 edition (prisma/seed/demo-products.ts).
const fair = "/fairs/zhejiang-export-russia-2022";

async function search(page: Page, locale: string, session: string, q: string) {
  await page.goto(`/${locale}${fair}/${session}/catalogue`);
  await page.getByRole("searchbox").fill(q);
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, "\\+")}`));
  return page.getByTestId("catalogue-results").getByRole("listitem");
}

test("a Russian buyer finds the cotton twill by an inflected word, first", async ({ page }) => {
  const results = await search(page, "ru", "fabric-accessories", "хлопка");
  await expect(results.first()).toContainText("Хлопковая ткань саржа");
  // The poly-cotton print mentions cotton only in its description: found, but after it.
  await expect(results.filter({ hasText: "Ткань поликоттон с печатью" })).toHaveCount(1);
  await expect(results.filter({ hasText: "Шифон" })).toHaveCount(0);
});

test("a Chinese category word finds the plush teddy bear in the Toys session", async ({ page }) => {
  const results = await search(page, "zh", "toys-children", "玩具");
  await expect(results.first()).toContainText("毛绒泰迪熊");
});

test("a typo still finds the fire extinguishers, in Russian and in English", async ({ page }) => {
  const russian = await search(page, "ru", "safety-fire-protection", "огнитушитель");
  await expect(russian.first()).toContainText("Огнетушитель");
  await expect(russian.filter({ hasText: "извещатель" })).toHaveCount(0);

  const english = await search(page, "en", "safety-fire-protection", "extinguiser");
  await expect(english.first()).toContainText(/extinguisher/i);
});

test("an organizer adds a category synonym and buyers find the category's products by it", async ({ page }) => {
  const word = "мишутка";
  let results = await search(page, "ru", "toys-children", word);
  await expect(page.getByText("Подходящих товаров нет")).toBeVisible();
  await expect(results).toHaveCount(0);

  await signIn(page, demo.organizer);
  await page.goto("/en/admin/categories");
  await expect(page.getByRole("heading", { level: 1, name: "Category synonyms" })).toBeVisible();
  const toys = page.getByRole("form", { name: "Toys", exact: true });
  const russian = toys.getByLabel("Synonyms in Russian");
  await expect(russian).toHaveValue(/игрушка/);
  // Too long a word: refused beside the field, nothing saved.
  await russian.fill(`${await russian.inputValue()}\n${"я".repeat(61)}`);
  await toys.getByRole("button", { name: "Save synonyms" }).click();
  await expect(toys.getByText("Each synonym may have at most 60 characters.")).toBeVisible();
  await russian.fill(`${(await russian.inputValue()).replace(/\nя+$/, "")}\n${word}`);
  await toys.getByRole("button", { name: "Save synonyms" }).click();
  await expect(toys.getByRole("status")).toContainText("can now be found by these words");

  results = await search(page, "ru", "toys-children", word);
  await expect(results.first()).toContainText("Мягкая игрушка «Медвежонок»");
});
