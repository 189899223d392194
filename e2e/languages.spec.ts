import { expect, test } from "./support/test";
import { demo, signIn } from "./support/accounts";

const fair = "/fairs/zhejiang-export-russia-2022";

test("a buyer switches to Russian, then Chinese, and sees the fair translated; the choice sticks", async ({ page }) => {
  await signIn(page, demo.buyer, undefined, "en");
  await page.goto(`/en${fair}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022 Zhejiang Export Online Fair (Russia)");

  await page.getByTestId("language-switcher").selectOption("ru");
  await expect(page).toHaveURL(new RegExp(`/ru${fair}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Онлайн-ярмарка экспорта провинции Чжэцзян 2022 (Россия)",
  );
  await expect(page.getByRole("link", { name: "Пуховики" })).toBeVisible();
  await expect(page.getByText("Организатор: Департамент коммерции провинции Чжэцзян")).toBeVisible();

  await page.getByTestId("language-switcher").selectOption("zh");
  await expect(page).toHaveURL(new RegExp(`/zh${fair}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022浙江出口网上交易会（俄罗斯）");
  await page.getByRole("link", { name: "羽绒服专场" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("羽绒服专场");
  // The buyer's profile zone is Moscow: 10:00 in Hangzhou is 05:00 in Moscow.
  await expect(page.getByTestId("fair-window")).toHaveText("10:00–18:00");
  await expect(page.getByTestId("viewer-window")).toContainText("05:00–13:00");
  await expect(page.getByTestId("session-buyers")).toContainText("TextileImport LLC"); // no Chinese name: English is the fallback

  // The choice is kept in the profile: the next sign-in lands in Chinese.
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  await signIn(page, demo.buyer, undefined, "en");
  await expect(page).toHaveURL(/\/zh\/dashboard/);
});

test("unknown pages show a localized 404", async ({ page }) => {
  const response = await page.goto("/ru/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
});

test("the session page shows the window in the visitor's own zone", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Vladivostok" });
  const page = await context.newPage();
  await page.goto(`/en${fair}/fabric-accessories`);
  await expect(page.getByText("Your time (Asia/Vladivostok)")).toBeVisible();
  await expect(page.getByTestId("viewer-window")).toContainText("12:00–20:00");
  await context.close();
});
