import { expect, test } from "./support/test";
import { demo, signIn, uniqueEmail } from "./support/accounts";
import { expectMail } from "./support/mailbox";
import { clearThrottles } from "./support/throttle";
import { verificationPath } from "./support/verification-link";

test.beforeEach(() => clearThrottles());

// A Zhejiang supplier registers, waits for approval, and is let in by an organizer.
test("a supplier signs up, is pending, gets approved and sees the dashboard", async ({ page, browser }) => {
  const email = uniqueEmail("supplier");
  const company = `宁波测试电器有限公司 ${Date.now()}`;

  await page.goto("/en/signup?kind=SUPPLIER");
  await page.getByLabel("Company name (Chinese)").fill(company);
  await page.getByLabel("City").fill("Ningbo");
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Shanghai");
  await page.getByLabel("Contact person").fill("Li Ming");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("short1");
  await page.getByRole("button", { name: "Create account" }).click();

  // Bad input: a clear message next to the field, every other value kept.
  await expect(page.locator("#password-error")).toHaveText("Use at least 10 characters.");
  await expect(page.getByLabel("Company name (Chinese)")).toHaveValue(company);
  await expect(page.getByLabel("E-mail")).toHaveValue(email);

  const since = new Date();
  await page.getByLabel("Password").fill("NingboFactory2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();

  // The address is confirmed through the mailed link before the first sign-in.
  const mail = await expectMail(email, /^Confirm your e-mail address/, { since });
  await page.goto(verificationPath(mail));
  await expect(page.getByTestId("verify-email-result")).toHaveAttribute("data-result", "confirmed");

  await signIn(page, email, "NingboFactory2026");
  const status = page.getByTestId("organization-status");
  await expect(status).toContainText("Pending approval");
  await expect(page.getByRole("button", { name: /^Register for/ })).toHaveCount(0);

  // The organizer approves it in the enterprise access queue.
  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signIn(organizer, demo.organizer);
  await organizer.goto("/en/admin/organizations?status=PENDING");
  const row = organizer.getByTestId("organization-row").filter({ hasText: company });
  await row.getByRole("button", { name: `Approve ${company}` }).click();
  await organizer.getByRole("dialog").getByRole("button", { name: "Approve" }).click();
  await expect(organizer.getByTestId("organization-row").filter({ hasText: company })).toHaveCount(0);
  await organizer.goto("/en/admin/audit");
  await expect(
    organizer.getByRole("row").filter({ hasText: "Organization approved" }).filter({ hasText: company }),
  ).toBeVisible();
  await organizerContext.close();

  await page.reload();
  await expect(status).toContainText("Approved");
  // Only an edition whose registration is open has a button; its name says which edition.
  await expect(page.getByRole("button", { name: /^Register for Down Jackets · 2022 / })).toHaveCount(0);
  await page
    .getByRole("button", { name: /^Register for Down Jackets · \d{4} — Zhejiang Export Online Fair \(Russia\) \d{4}$/ })
    .click();
  await expect(page.getByText("Registration pending").first()).toBeVisible();
});

test("an organizer rejects an application and the applicant sees the reason", async ({ page, browser }) => {
  const email = uniqueEmail("buyer");
  const company = `ООО «Тест Импорт ${Date.now()}»`;
  await page.goto("/ru/signup?kind=BUYER");
  await page.getByLabel("Название компании (на русском)").fill(company);
  await page.getByLabel("Город").fill("Владивосток");
  await expect(page.getByLabel("Часовой пояс")).toHaveValue("Asia/Vladivostok");
  await page.getByLabel("Контактное лицо").fill("Наталья Ким");
  await page.getByLabel("Эл. почта").fill(email);
  await page.getByLabel("Пароль").fill("Vladivostok2026");
  const since = new Date();
  await page.getByRole("button", { name: "Создать аккаунт" }).click();
  await expect(page.getByRole("heading", { name: "Проверьте почту" })).toBeVisible();
  const mail = await expectMail(email, /^Подтвердите адрес почты/, { since });
  await page.goto(verificationPath(mail));
  await expect(page.getByTestId("verify-email-result")).toHaveAttribute("data-result", "confirmed");

  const organizerContext = await browser.newContext();
  const organizer = await organizerContext.newPage();
  await signIn(organizer, demo.organizer);
  await organizer.goto("/en/admin/organizations?status=PENDING");
  const row = organizer.getByTestId("organization-row").filter({ hasText: company });
  await row.getByRole("button", { name: `Reject ${company}` }).click();
  const dialog = organizer.getByRole("dialog");
  await dialog.getByRole("button", { name: "Reject application" }).click();
  await expect(dialog.locator("#reason-error")).toHaveText("Give a reason; the applicant will see it.");
  await dialog.getByLabel("Reason").fill("Please upload a valid company registration certificate.");
  await dialog.getByRole("button", { name: "Reject application" }).click();
  await expect(dialog).toBeHidden();
  await organizerContext.close();

  await signIn(page, email, "Vladivostok2026", "ru");
  await expect(page.getByTestId("organization-status")).toContainText("Отклонена");
  await expect(page.getByTestId("organization-status")).toContainText(
    "Please upload a valid company registration certificate.",
  );
});
