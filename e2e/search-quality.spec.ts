import { expect, test } from "./support/test";

// Needs the demo products (prisma/seed/products.ts) in the Down Jackets session.
const catalogue = "/fairs/zhejiang-export-russia-2022/down-jacket/catalogue";

test("switching language keeps the search term and every filter", async ({ page }) => {
  await page.goto(`/en${catalogue}`);
  await page.getByLabel("Search products").fill("пуховик");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Down jackets and down apparel").check();
  await page.getByLabel("Maximum MOQ").fill("400");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]moqMax=400/);
  const before = new URL(page.url()).searchParams;
  expect(before.get("q")).toBe("пуховик");
  expect(before.getAll("categoryIds")).toHaveLength(1);
  const results = page.getByTestId("catalogue-results");
  await expect(results.getByRole("link", { name: "Men's down jacket" })).toBeVisible();

  await page.getByTestId("language-switcher").selectOption("ru");
  await expect(page).toHaveURL(new RegExp(`/ru${catalogue}\\?`));
  const inRussian = new URL(page.url()).searchParams;
  expect(inRussian.get("q")).toBe("пуховик");
  expect(inRussian.get("moqMax")).toBe("400");
  expect(inRussian.getAll("categoryIds")).toEqual(before.getAll("categoryIds"));
  // The page reads them back: the box holds the term, the filter is still applied.
  await expect(page.getByLabel("Поиск товаров")).toHaveValue("пуховик");
  await expect(results.getByRole("link", { name: "Пуховик мужской" })).toBeVisible();

  await page.getByTestId("language-switcher").selectOption("zh");
  await expect(page).toHaveURL(new RegExp(`/zh${catalogue}\\?`));
  const inChinese = new URL(page.url()).searchParams;
  expect(inChinese.get("q")).toBe("пуховик");
  expect(inChinese.get("moqMax")).toBe("400");
  expect(inChinese.getAll("categoryIds")).toEqual(before.getAll("categoryIds"));
  await expect(results.getByRole("link", { name: "男士羽绒服" })).toBeVisible();
});
