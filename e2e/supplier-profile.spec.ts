import { expect, test } from "./support/test";
import { signIn } from "./support/accounts";
import { writeTestPng } from "./support/images";

// A Yiwu toy maker fills in the company profile buyers see next to its products.
test("a supplier completes its company profile with a logo and a certificate", async ({ page }, testInfo) => {
  const logo = await writeTestPng(testInfo.outputPath("logo.png"), "#a16207");
  const number = `ЕАЭС N RU Д-CN.РА01.В.${Date.now() % 100000}/24`;
  await signIn(page, "yiwu.toys@fairbridge.demo", undefined, "zh");
  await page.goto("/zh/supplier/profile");
  await expect(page.getByRole("heading", { name: "企业资料", level: 1 })).toBeVisible();

  await page.getByLabel("成立年份").fill("2035");
  await page.getByLabel("企业名称（俄文）").fill("Иу Лэтун Игрушки");
  await page.getByRole("checkbox", { name: "俄罗斯", exact: true }).check();
  await page.getByRole("checkbox", { name: "哈萨克斯坦", exact: true }).check();
  await page.getByRole("checkbox", { name: "俄语", exact: true }).check();
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.locator("#yearFounded-error")).toHaveText("请输入四位数年份，且不能晚于今年。");
  await expect(page.getByLabel("企业名称（俄文）")).toHaveValue("Иу Лэтун Игрушки");
  await page.getByLabel("成立年份").fill("2008");
  await page.getByRole("button", { name: "保存资料" }).click();
  await expect(page.getByTestId("profile-saved")).toHaveText("企业资料已保存。");

  await page.locator("#logo").setInputFiles(logo);
  await page.getByRole("button", { name: "上传标志" }).click();
  await expect(page.getByRole("status").filter({ hasText: "标志已保存。" })).toBeVisible();
  const image = page.getByRole("img", { name: /的标志$/ });
  await expect(image).toHaveJSProperty("complete", true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);

  await page.getByRole("combobox", { name: "证书类型" }).selectOption("EAC");
  await page.getByLabel("证书编号").fill(number);
  await page.getByLabel("有效期至").fill("2027-12-31");
  await page.getByRole("button", { name: "添加证书" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("证书已添加。");
  await expect(page.getByTestId("certificate-list")).toContainText(number);
  await expect(page.getByTestId("certificate-list")).toContainText("有效期至");

  await page.reload();
  await expect(page.getByLabel("成立年份")).toHaveValue("2008");
  await expect(page.getByRole("checkbox", { name: "俄罗斯", exact: true })).toBeChecked();
});
