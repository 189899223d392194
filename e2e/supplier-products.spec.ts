import { expect, test, type Page } from "./support/test";
import { demo, signIn } from "./support/accounts";
import { writeTestPng } from "./support/images";

// The supplier takes part in the upcoming edition; the 2022 one is the archive of what was listed then.
const catalogue = "/fairs/zhejiang-export-russia-upcoming/fabric-accessories/catalogue";
const archive2022 = "/fairs/zhejiang-export-russia-2022/fabric-accessories/catalogue";

async function openNewProductForm(page: Page) {
  await page.goto("/zh/supplier/products");
  await page.getByRole("link", { name: "发布产品" }).first().click();
  await expect(page.getByRole("heading", { name: "发布产品", level: 1 })).toBeVisible();
}

// A Shaoxing fabric mill lists a product in Chinese with a photo; a Russian buyer finds it in Russian.
test("a supplier lists a product with an image in Chinese and sees it in its list and the catalogue", async ({
  page,
}, testInfo) => {
  const stamp = Date.now();
  const nameZh = `涤纶牛津布 ${stamp}`;
  const nameRu = `Ткань оксфорд из полиэстера ${stamp}`;
  const photo = await writeTestPng(testInfo.outputPath("oxford.png"));

  await signIn(page, demo.supplier, undefined, "zh");
  await openNewProductForm(page);
  await page.getByLabel("中文名称").fill(nameZh);
  await page.getByLabel("中文描述").fill("600D涂层牛津布，防水，适用于箱包和帐篷。");
  await page.getByLabel("俄文名称").fill(nameRu);
  await page.getByRole("combobox", { name: "类别" }).selectOption({ label: "面料" });
  await page.getByLabel("HS编码").fill("5407.61");
  await page.getByLabel("最小起订量").fill("1000");
  await page.getByLabel("单位").selectOption("meter");
  await page.getByLabel("最低单价").fill("4.555");
  await page.getByLabel("最高单价").fill("6");
  await page.getByLabel("币种").selectOption("CNY");
  await page.getByLabel("交货期（天）").fill("20");
  await page.getByLabel("OEKO-TEX 生态纺织品认证").check();
  await page.locator("#images").setInputFiles(photo);
  await page.getByRole("button", { name: "保存产品" }).click();

  // Bad input: the message in Chinese next to the field; nothing typed or chosen is lost.
  await expect(page.locator("#priceMin-error")).toHaveText("最多保留两位小数。");
  await expect(page.getByLabel("中文名称")).toHaveValue(nameZh);
  await expect(page.getByLabel("HS编码")).toHaveValue("5407.61");
  await expect(page.getByLabel("OEKO-TEX 生态纺织品认证")).toBeChecked();
  await expect(page.getByText("oxford.png").first()).toBeVisible();

  await page.getByLabel("最低单价").fill("4.55");
  await page.getByRole("button", { name: "保存产品" }).click();
  await expect(page).toHaveURL(/\/zh\/supplier\/products\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "产品已保存" })).toBeVisible();

  const row = page.getByTestId("product-row").filter({ hasText: nameZh });
  await expect(row).toContainText("540761");
  await expect(row).toContainText("1,000 米");
  await expect(row).toContainText("¥4.55 – ¥6");
  await expect(row).toContainText("已上架");
  const thumbnail = row.locator("img");
  await expect(thumbnail).toHaveJSProperty("complete", true);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);

  // A Russian buyer (here: anyone) finds it in the session's catalogue, named in Russian.
  await page.goto(`/ru${catalogue}?q=${encodeURIComponent(`оксфорд ${stamp}`)}`);
  await expect(page.getByRole("heading", { name: nameRu })).toBeVisible();
  // Listed today: not in the catalogue of the 2022 session, which ended long ago.
  await page.goto(`/ru${archive2022}?q=${encodeURIComponent(`оксфорд ${stamp}`)}`);
  await expect(page.getByTestId("catalogue-archive")).toBeVisible();
  await expect(page.getByRole("heading", { name: nameRu })).toHaveCount(0);
});

test("a supplier hides, shows again and deletes a product after confirming", async ({ page }) => {
  const name = `涤纶塔夫绸 ${Date.now()}`;
  await signIn(page, demo.supplier, undefined, "zh");
  await openNewProductForm(page);
  await page.getByLabel("中文名称").fill(name);
  await page.getByRole("combobox", { name: "类别" }).selectOption({ label: "面料" });
  await page.getByLabel("HS编码").fill("5407520000");
  await page.getByLabel("最小起订量").fill("3000");
  await page.getByLabel("最低单价").fill("3.2");
  await page.getByRole("button", { name: "保存产品" }).click();
  await expect(page).toHaveURL(/done=created/);

  const row = page.getByTestId("product-row").filter({ hasText: name });
  await row.getByRole("button", { name: `将 ${name} 从目录中下架` }).click();
  await expect(row).toContainText("已下架");
  await row.getByRole("button", { name: `将 ${name} 重新上架到目录` }).click();
  await expect(row).toContainText("已上架");

  await row.getByRole("button", { name: `删除 ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `删除 ${name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "删除产品" }).click();
  await expect(page.getByRole("status").filter({ hasText: "产品已删除" })).toBeVisible();
  await expect(page.getByTestId("product-row").filter({ hasText: name })).toHaveCount(0);
});

/** The demo seed lists ivory (象牙); on a database without it, the organizer adds it through the console. */
async function ensureIvoryEntry(page: Page) {
  await signIn(page, demo.organizer, undefined, "en");
  await page.goto("/en/admin/negative-list");
  if ((await page.getByText("“象牙”").count()) > 0) return;
  await page.getByRole("textbox", { name: "Keyword or phrase" }).fill("象牙");
  await page.getByLabel("Reason in Chinese").fill("根据《濒危野生动植物种国际贸易公约》和中国法律，禁止象牙贸易。");
  await page.getByLabel("Reason in English").fill("Ivory trade is banned under CITES and Chinese law.");
  await page
    .getByLabel("Reason in Russian")
    .fill("Торговля слоновой костью запрещена конвенцией СИТЕС и законодательством КНР.");
  await page.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByTestId("entry-added")).toBeVisible();
}

test("a supplier hits the negative list, sees the rule and the reason, and nothing is saved", async ({
  browser,
  page,
}) => {
  const organizerContext = await browser.newContext();
  await ensureIvoryEntry(await organizerContext.newPage());
  await organizerContext.close();

  const name = `象牙雕刻摆件 ${Date.now()}`;
  await signIn(page, demo.supplier, undefined, "zh");
  await openNewProductForm(page);
  await page.getByLabel("中文名称").fill(name);
  await page.getByRole("combobox", { name: "类别" }).selectOption({ label: "服装辅料" });
  await page.getByLabel("HS编码").fill("9601100000");
  await page.getByLabel("最小起订量").fill("10");
  await page.getByLabel("单位").selectOption("piece");
  await page.getByLabel("最低单价").fill("880");
  await page.getByRole("button", { name: "保存产品" }).click();

  const error = page.getByTestId("form-error");
  await expect(error).toContainText("象牙");
  await expect(error).toContainText("禁止象牙贸易");
  await expect(page).toHaveURL(/\/zh\/supplier\/products\/new/);
  await expect(page.getByLabel("中文名称")).toHaveValue(name);

  await page.goto("/zh/supplier/products");
  await expect(page.getByTestId("product-row").filter({ hasText: name })).toHaveCount(0);
});
