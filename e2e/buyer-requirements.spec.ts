import { expect, test } from "./support/test";
import { demo, signIn } from "./support/accounts";

// A Russian importer posts what it wants to buy, in Russian, and manages it from its list.
test("a buyer posts a purchasing requirement and sees it in the list", async ({ page }) => {
  const wanted = `Мужские пуховики, утиный пух 90/10, партия ${Date.now()}`;
  await signIn(page, demo.buyer, undefined, "ru");
  await page.goto("/ru/buyer/requirements");
  await page.getByRole("link", { name: "Разместить заявку" }).first().click();
  await expect(page.getByRole("heading", { name: "Новая закупочная заявка" })).toBeVisible();

  await page.getByLabel("Категория").selectOption({ label: "Пуховики и пуховая одежда" });
  await page.getByLabel("На русском").fill(wanted);
  await page.getByLabel("Количество").fill("две тысячи");
  await page.getByLabel("Единица").selectOption("piece");
  await page.getByLabel("Целевая цена за единицу").fill("45,50");
  await page.getByLabel("Валюта").selectOption("USD");
  await page.getByLabel("Город назначения").fill("Новосибирск");
  await page.getByRole("button", { name: "Разместить заявку" }).click();

  // Bad input: the message in Russian next to the field, every other value kept.
  await expect(page.locator("#quantity-error")).toHaveText("Введите целое число не меньше 1.");
  await expect(page.getByTestId("form-error")).toHaveText("Исправьте отмеченные поля.");
  await expect(page.getByLabel("На русском")).toHaveValue(wanted);
  await expect(page.getByLabel("Количество")).toHaveValue("две тысячи");
  await expect(page.getByLabel("Целевая цена за единицу")).toHaveValue("45,50");
  await expect(page.getByLabel("Валюта")).toHaveValue("USD");
  await expect(page.getByLabel("Единица")).toHaveValue("piece");
  await expect(page.getByLabel("Город назначения")).toHaveValue("Новосибирск");

  await page.getByLabel("Количество").fill("2000");
  await page.getByRole("button", { name: "Разместить заявку" }).click();

  await expect(page).toHaveURL(/\/ru\/buyer\/requirements\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "Заявка размещена." })).toBeVisible();
  const card = page.getByTestId("requirement").filter({ hasText: wanted });
  await expect(card).toContainText("Открыта");
  await expect(card).toContainText(/2\s000 штук/);
  await expect(card).toContainText("за единицу");
  await expect(card).toContainText("Новосибирск");

  // Closing it keeps it in the list, marked closed.
  await card.getByRole("button", { name: /^Закрыть заявку/ }).click();
  await expect(card).toContainText("Закрыта");
  await expect(card.getByRole("button", { name: /^Снова открыть заявку/ })).toBeVisible();
});
