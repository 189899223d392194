import { expect, test } from "./support/test";
import { demo, signIn } from "./support/accounts";

// Needs the demo products (prisma/seed/products.ts) in the Down Jackets session.
test("a buyer searches and filters the catalogue, then opens a product", async ({ page }) => {
  await signIn(page, demo.buyer);
  await page.goto("/en/fairs/zhejiang-export-russia-2022/down-jacket/catalogue");
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue: Down Jackets" })).toBeVisible();

  await page.getByLabel("Search products").fill("down jacket");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByLabel("Down jackets and down apparel").check();
  await page.getByLabel("Maximum MOQ").fill("400");
  // The answer is held back a moment, so the wait shows: "Searching…" until the results arrive.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/catalogue\?.*q=down/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("search-progress")).toHaveText("Searching…");
  release();

  // The search is a GET form: the address holds it, so it can be shared and reloaded.
  await expect(page).toHaveURL(/[?&]q=down\+jacket/);
  await expect(page).toHaveURL(/[?&]moqMax=400/);
  const results = page.getByTestId("catalogue-results");
  await expect(page.getByRole("heading", { name: /^Results: 2 products$/ })).toBeVisible();
  await expect(page.getByTestId("search-progress")).toHaveText("");
  await page.unrouteAll();
  // The name match first; the down coat matches "jacket" through its HS heading 6202 (anoraks,
  // jackets: lib/search/hs-chapters.ts). MOQ 500: the children's jacket is filtered out.
  await expect(results.getByRole("link").first()).toHaveAccessibleName("Men's down jacket");
  await expect(results.getByRole("link", { name: "Women's long down coat" })).toBeVisible();
  await expect(results.getByRole("link", { name: "Children's down jacket" })).toHaveCount(0);

  await results.getByRole("link", { name: "Men's down jacket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Men's down jacket" })).toBeVisible();
  await expect(page.getByText("$38 – $52")).toBeVisible();
  await expect(page.getByText("300 pieces")).toBeVisible();
  await expect(page.getByText("Pinghu Xueyu Apparel Co., Ltd.")).toBeVisible();
  await expect(page.getByRole("img", { name: /Men's down jacket/ })).toBeVisible();

  // And an impossible combination shows the empty state with a way out.
  await page.goto("/en/fairs/zhejiang-export-russia-2022/down-jacket/catalogue?q=down+jacket&moqMax=1");
  await expect(page.getByText("No product matches")).toBeVisible();
  await page.getByRole("link", { name: "Show all products" }).click();
  await expect(page.getByTestId("catalogue-results").getByRole("link")).toHaveCount(3);
});
