import { expect, test, type APIRequestContext, type Page } from "./support/test";
import { demo, signIn, uniqueEmail } from "./support/accounts";

// The penetration test's reproductions against the real server: hostile input gets a
// clear 4xx (the API's JSON envelope, a localized page or field message), never a 5xx.

const unstorableEn =
  "This field contains characters that cannot be saved (such as a null character). Remove them and try again.";
const nul = "a\u0000b";
const notFoundTitleEn = "Page not found";

/** A NUL typed into a field: set on the element itself, as a form post would carry it. */
async function typeWithNul(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).evaluate((element, value) => {
    (element as HTMLInputElement).value = value;
  }, nul);
}

async function createToken(page: Page): Promise<string> {
  await page.goto("/en/settings");
  await page.getByTestId("create-token-form").getByLabel("Name").fill(`fuzz ${Date.now()}`);
  await page.getByRole("button", { name: "Create token" }).click();
  return page.getByTestId("new-token").locator("#new-token").inputValue();
}

async function expectEnvelope(answer: Awaited<ReturnType<APIRequestContext["get"]>>, status: number, code: string) {
  expect(answer.status(), await answer.text()).toBe(status);
  const body = (await answer.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

test("the API answers NUL, malformed URLs, unknown paths and wrong methods with its JSON envelope", async ({
  page,
  request,
}) => {
  await signIn(page, demo.buyer, undefined, "en");
  const token = await createToken(page);
  const headers = { authorization: `Bearer ${token}` };

  for (const path of ["/api/v1/meetings/%00", "/api/v1/meetings/%00/ics", "/api/v1/meetings?sessionId=%00"]) {
    const answer = await request.get(path, { headers });
    expect(answer.status(), path).toBeGreaterThanOrEqual(400);
    expect(answer.status(), path).toBeLessThan(500);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toMatch(/BAD_REQUEST|VALIDATION/);
  }
  const message = await request.post("/api/v1/meeting-requests", {
    headers,
    data: { sessionId: "x", organizationId: "y", message: nul },
  });
  await expectEnvelope(message, 422, "VALIDATION");

  // Malformed percent-encoding: refused by the proxy before Next.js decodes the path.
  for (const path of ["/api/v1/sessions/%E0%A4%A", "/api/v1/meetings/%ED%A0%80", "/api/v1/meetings/%ED%A0%80/cancel"]) {
    await expectEnvelope(await request.get(path, { headers }), 400, "BAD_REQUEST");
  }

  const unknown = await request.get("/api/v1/no-such-thing", { headers: { ...headers, "accept-language": "ru" } });
  expect((await expectEnvelope(unknown, 404, "NOT_FOUND")).error.message).toBe("Такого метода API нет.");

  const wrongMethod = await request.delete("/api/v1/meetings", { headers });
  await expectEnvelope(wrongMethod, 405, "METHOD_NOT_ALLOWED");
  expect(wrongMethod.headers()["allow"]).toContain("GET");
});

test("a product page with a malformed id answers 400 or the not-found page, never a 500", async ({ page }) => {
  // Refused by the proxy before routing: 400.
  for (const path of ["/en/products/%ED%A0%80", "/en/products/%00"]) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(400);
  }
  // Decodes fine but cannot be an id: the not-found page, without a query. Its status is
  // 200 because the page's loading state has already streamed (Next marks it noindex).
  const notAnId = await page.goto("/en/products/not%20an%20id");
  expect(notAnId?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: notFoundTitleEn })).toBeVisible();
  const search = await page.goto("/en/fairs/zhejiang-export-russia-upcoming/fabric-accessories/catalogue?q=%00");
  expect(search?.status()).toBeLessThan(500);
});

test("a NUL in the product form or the sign-up form is a field message, and nothing is created", async ({ page }) => {
  await signIn(page, demo.supplier, undefined, "en");
  await page.goto("/en/supplier/products/new");
  const name = `NUL test ${Date.now()}`;
  await page.getByLabel("Name in English", { exact: true }).fill(name);
  await typeWithNul(page, "Name in Chinese");
  await page.getByRole("button", { name: "Save product" }).click();
  await expect(page.locator("#nameZh-error")).toHaveText(unstorableEn);
  await page.goto("/en/supplier/products");
  await expect(page.getByText(name)).toHaveCount(0);

  await page.context().clearCookies();
  await page.goto("/en/signup?kind=SUPPLIER");
  await typeWithNul(page, "Company name (Chinese)");
  await page.getByLabel("City").fill("Ningbo");
  await page.getByLabel("Contact person").fill("Li Ming");
  await page.getByLabel("E-mail").fill(uniqueEmail("nul"));
  await page.getByLabel("Password").fill("NingboFactory2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(unstorableEn).first()).toBeVisible();
});
