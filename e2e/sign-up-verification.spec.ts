import { expect, test } from "./support/test";
import { expectMail } from "./support/mailbox";
import { clearThrottles } from "./support/throttle";
import { verificationPath } from "./support/verification-link";

test.beforeEach(() => clearThrottles());

async function fillBuyerSignUp(page: import("@playwright/test").Page, email: string) {
  await page.goto("/en/signup?kind=BUYER");
  await page.getByLabel("Company name (Russian)").fill(`ООО «Проверка ${Date.now()}»`);
  await page.getByLabel("City").fill("Kazan");
  await page.getByLabel("Contact person").fill("Ivan Ivanov");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("KazanImport2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
}

test("sign-up, mail, confirm, sign in: with a Cyrillic domain", async ({ page }, testInfo) => {
  const local = `ivanov.${Date.now()}`;
  const email = `${local}@пример.рф`;
  const since = new Date();
  await fillBuyerSignUp(page, email);
  await page.screenshot({ path: testInfo.outputPath("check-email-en.png"), fullPage: true });

  // Before confirming: told to confirm, and offered the link again.
  await page.goto("/en/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("KazanImport2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("login-error")).toHaveText(/^Confirm your e-mail address first/);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByTestId("resend-result")).toContainText("a new link is on its way");

  // Delivered (in punycode on the wire; the mailbox reads the domain back as Unicode).
  const mail = await expectMail(email, /^Confirm your e-mail address/, { since });
  await page.goto(verificationPath(mail));
  const result = page.getByTestId("verify-email-result");
  await expect(result).toHaveAttribute("data-result", "confirmed");
  await expect(page.getByText("waits for the organizers' approval")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("verify-email-en.png"), fullPage: true });

  // The link works once; opened again it says so, in any language.
  for (const locale of ["zh", "ru"]) {
    await page.goto(verificationPath(mail).replace(/^\/en\//, `/${locale}/`));
    await expect(result).toHaveAttribute("data-result", "alreadyConfirmed");
    await page.screenshot({ path: testInfo.outputPath(`verify-email-${locale}.png`), fullPage: true });
    await page.goto(`/${locale}/signup/check-email`);
    await page.screenshot({ path: testInfo.outputPath(`check-email-${locale}.png`), fullPage: true });
  }

  await page.goto("/en/login");
  await page.locator("#email").fill(`${local.toUpperCase()}@XN--E1AFMKFD.XN--P1AI`);
  await page.locator("#password").fill("KazanImport2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard/);
});

test("signing up with a registered address shows the same answer and mails its owner", async ({ page }) => {
  // Its own confirmed account: the demo accounts' languages are changed by other journeys.
  const email = `owner.${Date.now()}@kazan-import.ru`;
  const since = new Date();
  await fillBuyerSignUp(page, email);
  await page.goto(verificationPath(await expectMail(email, /^Confirm your e-mail address/, { since })));
  await expect(page.getByTestId("verify-email-result")).toHaveAttribute("data-result", "confirmed");

  // Signed up again with the same address: the very same answer, and a notice to the owner, not a link.
  const again = new Date();
  await fillBuyerSignUp(page, email);
  await expectMail(email, /^Sign-up attempt with your FairBridge address/, { since: again });
});
