import { expect, test } from "./support/test";
import { demo, signIn, uniqueEmail } from "./support/accounts";
import { clearThrottles } from "./support/throttle";

test("a wrong password shows a clear error in the user's language", async ({ page }) => {
  await page.goto("/ru/login");
  await page.locator("#email").fill(demo.buyer);
  await page.locator("#password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("Неверная почта или пароль.");
  await expect(page).toHaveURL(/\/ru\/login/);
});

test("repeated failures for one account are slowed down, and the wait is shown in the user's language", async ({
  page,
}) => {
  await clearThrottles();
  const email = uniqueEmail("nobody");
  await page.goto("/ru/login");
  // The first five are checked; after them each attempt must wait (1 s, 2 s, 4 s ...).
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("Неверная почта или пароль.");
  }
  await expect(async () => {
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("login-error")).toHaveText(
      /^Слишком много неудачных попыток\. Повторите через \d+ (секунду|секунды|секунд)\.$/,
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 20_000 });
});

test("an interpreter signs in, sees their profile and signs out", async ({ page }) => {
  await signIn(page, demo.interpreter);
  // The interpreter's preferred language (Russian) wins after sign-in.
  await expect(page).toHaveURL(/\/ru\/dashboard/);
  await page.goto("/en/profile");
  const facts = page.getByTestId("profile-facts");
  await expect(facts).toContainText("Interpreter");
  await expect(facts).toContainText("Chinese, Russian, English");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=/);
});

test("a supplier cannot open the organizer console", async ({ page }) => {
  await signIn(page, demo.supplier);
  await page.goto("/en/admin/organizations");
  await expect(page.getByRole("alert").filter({ hasText: "You are not allowed to do this." })).toBeVisible();
});
