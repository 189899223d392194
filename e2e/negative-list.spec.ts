import { expect, test } from "./support/test";
import { demo, signIn } from "./support/accounts";

// An organizer bans a keyword: a product already listed disappears at once, is
// flagged for its supplier with the reason, and comes back when the entry is deactivated.
test("an organizer adds a keyword entry, sees the products it blocks, and deactivates it", async ({ browser }) => {
  const stamp = Date.now();
  const keyword = `阻燃${stamp}`;
  const productName = `${keyword}涂层面料`;
  const reasonZh = `测试原因 ${stamp}：该类产品暂停展出。`;

  // A supplier lists a product (through the products form) that the entry will match.
  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  await signIn(supplier, demo.supplier, undefined, "zh");
  await supplier.goto("/zh/supplier/products/new");
  // Field ids rather than labels: this form belongs to the products feature.
  await supplier.locator("#nameZh").fill(productName);
  await supplier.locator("#categoryId").selectOption({ label: "面料" });
  await supplier.locator("#hsCode").fill("5407520000");
  await supplier.locator("#moq").fill("1000");
  await supplier.locator("#priceMin").fill("3.2");
  await supplier.getByRole("button", { name: "保存产品" }).click();
  await expect(supplier).toHaveURL(/done=created/);

  const organizerContext = await browser.newContext();
  const page = await organizerContext.newPage();
  await signIn(page, demo.organizer);
  await page.goto("/en/admin/negative-list");
  await expect(page.getByRole("heading", { name: "Negative list", level: 1 })).toBeVisible();

  await page.getByRole("radio", { name: "Keyword or phrase" }).check();
  await page.getByRole("textbox", { name: "Keyword or phrase" }).fill(keyword);
  await page.getByRole("button", { name: "Add entry" }).click();

  // Bad input: the message next to the field, the keyword kept.
  await expect(page.locator("#reasonZh-error")).toHaveText(
    "Give the reason in at least one language; suppliers will see it.",
  );
  await expect(page.getByRole("textbox", { name: "Keyword or phrase" })).toHaveValue(keyword);

  await page.getByLabel("Reason in Chinese").fill(reasonZh);
  await page.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByTestId("entry-added")).toHaveText(
    "Entry added. 1 listed product was hidden from the catalogue.",
  );

  const entry = page.getByTestId("negative-list-entry").filter({ hasText: keyword });
  await expect(entry.getByTestId("blocked-count")).toHaveText("Blocks 1 product");
  await entry.getByText("Show the blocked products").click();
  await expect(entry).toContainText(productName);

  // The supplier sees why the product is hidden, in Chinese.
  await supplier.goto("/zh/supplier/products");
  const notice = supplier
    .getByTestId("product-row")
    .filter({ hasText: productName })
    .getByTestId("blocked-product-notice");
  await expect(notice).toContainText(reasonZh);

  // Deactivating shows the product again.
  await entry.getByRole("button", { name: /^Deactivate the entry/ }).click();
  await entry.getByRole("button", { name: "Confirm deactivation" }).click();
  await expect(entry.getByTestId("entry-deactivated")).toHaveText("Entry deactivated. 1 product is visible again.");
  await expect(entry).toContainText("Deactivated");
  await expect(entry.getByTestId("blocked-count")).toHaveText("Blocks no products");
  await supplier.reload();
  await expect(
    supplier.getByTestId("product-row").filter({ hasText: productName }).getByTestId("blocked-product-notice"),
  ).toHaveCount(0);

  await supplierContext.close();
  await organizerContext.close();
});
