import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./support/test";

// Issue 14: security headers on every page, API route and static file; URLs Next cannot
// decode answered 400 and cross-site server actions 403, by proxy.ts (docs/security.md).

const baseline = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const errorMessages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}/errors.json`, "utf8")) as Record<string, string>;
const catalogues = { en: errorMessages("en"), zh: errorMessages("zh"), ru: errorMessages("ru") };
const { en, ru } = catalogues;

function directive(policy: string, name: string): string[] {
  const found = policy.split("; ").find((entry) => entry.startsWith(`${name} `));
  return found ? found.split(" ").slice(1) : [];
}

/** What a stored XSS would do: markup with an inline event handler, parsed into the page. */
async function injectInlineHandler(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<img src="data:," onerror="window.injectedByTest = true">'),
  );
}

test("a page runs only scripts with its request's nonce, and gets the baseline headers", async ({ page }) => {
  const response = await page.goto("/en");
  const headers = response!.headers();
  expect(headers).toMatchObject(baseline);
  expect(headers["permissions-policy"]).toContain("camera=(self), microphone=(self), display-capture=(self)");
  expect(headers["x-request-id"]).toMatch(uuid);
  expect(headers).not.toHaveProperty("strict-transport-security"); // served over http here

  const policy = headers["content-security-policy"];
  const scriptSources = directive(policy, "script-src");
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
  expect(directive(policy, "object-src")).toEqual(["'none'"]);

  // Next put this nonce on every script it rendered (the browser hides the attribute's value from CSS, not from .nonce).
  const scriptNonces = await page
    .locator("script")
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const again = (await page.request.get("/en")).headers();
  expect(again["content-security-policy"]).not.toContain(nonce);
  expect(again["x-request-id"]).not.toBe(headers["x-request-id"]);
});

test("API answers and static files get the baseline and a policy under which nothing runs", async ({
  page,
  request,
}) => {
  const api = await request.get("/api/v1/sessions");
  expect(api.headers()).toMatchObject(baseline);
  expect(directive(api.headers()["content-security-policy"], "default-src")).toEqual(["'none'"]);
  expect(api.headers()["x-request-id"]).toMatch(uuid);

  await page.goto("/en");
  const scriptUrl = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  for (const path of [scriptUrl!, "/robots.txt", "/icon.svg"]) {
    const file = await request.get(path);
    expect(file.status(), path).toBe(200);
    expect(file.headers(), path).toMatchObject(baseline);
    expect(directive(file.headers()["content-security-policy"], "default-src"), path).toEqual(["'none'"]);
  }
});

test("an API URL that cannot be decoded is answered 400 with the JSON error envelope", async ({ request }) => {
  for (const path of ["/api/v1/sessions/%E0%A4%A", "/api/v1/meetings/%ED%A0%80"]) {
    const response = await request.get(path, { headers: { "accept-language": "ru-RU,ru;q=0.9" } });
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: ru.apiMalformedUrl } });
    expect(response.headers()["x-request-id"]).toMatch(uuid);
  }
  const nul = await request.get("/api/v1/sessions?categoryId=%00");
  expect(nul.status()).toBe(400);
  expect(await nul.json()).toEqual({ error: { code: "BAD_REQUEST", message: en.apiUnstorableUrl } });
});

test("a page URL that cannot be decoded is answered 400 in the visitor's language", async ({ page }, testInfo) => {
  for (const locale of ["en", "zh", "ru"] as const) {
    const response = await page.goto(`/${locale}/products/%ED%A0%80`);
    expect(response!.status()).toBe(400);
    expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { name: catalogues[locale].requestRefused })).toBeVisible();
    await expect(page.getByText(catalogues[locale].malformedAddress)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`malformed-url-${locale}.png`) });
  }
  for (const path of ["/en/products/%00", "/en/fairs?q=%00", "/ru/suppliers/%E0%A4%A"]) {
    expect((await page.goto(path))!.status(), path).toBe(400);
  }
  await page.getByRole("link", { name: ru.toStartPage }).click();
  await expect(page).toHaveURL(/\/ru$/);
});

test("a server action posted from another site is refused with 403 before Next handles it", async ({
  request,
  baseURL,
}) => {
  const action = {
    "next-action": "7f00000000000000000000000000000000000000",
    "content-type": "text/plain;charset=UTF-8",
  };
  const crossSite = await request.post("/en/login", {
    headers: { ...action, origin: "https://evil.example" },
    data: "[]",
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain(en.crossSiteForm);

  // A plain HTML form on another site, without JavaScript, is refused the same way.
  const form = await request.post("/en/login", { headers: { origin: "null" }, form: { email: "x@example.com" } });
  expect(form.status()).toBe(403);

  // From our own origin the proxy lets it through to Next (which does not know this action).
  const sameSite = await request.post("/en/login", { headers: { ...action, origin: baseURL! }, data: "[]" });
  expect(sameSite.status()).not.toBe(403);
});

test("the CSP detector sees an inline handler the policy refused", async ({ page, cspViolations }) => {
  await page.goto("/en");
  await injectInlineHandler(page);
  // Both channels report it: the page's securitypolicyviolation event and Chromium's console message.
  await expect.poll(() => cspViolations.join("\n")).toContain("script-src-attr refused inline in");
  await expect.poll(() => cspViolations.join("\n")).toContain("console: Executing inline event handler violates");
  expect(await page.evaluate(() => "injectedByTest" in window)).toBe(false);
  cspViolations.length = 0; // provoked on purpose: this test stays green
});

test("the CSP detector watches contexts the test makes and their popups", async ({ browser, cspViolations }) => {
  const context = await browser.newContext();
  const opener = await context.newPage();
  await opener.goto("/en");
  const [popup] = await Promise.all([opener.waitForEvent("popup"), opener.evaluate(() => window.open("/en/login"))]);
  await popup.waitForLoadState();
  await injectInlineHandler(popup);
  await expect.poll(() => cspViolations.join("\n")).toMatch(/script-src-attr refused inline in \S+\/en\/login/);
  await expect.poll(() => cspViolations.join("\n")).toContain("console: Executing inline event handler violates");
  await context.close();
  cspViolations.length = 0;
});

// Passes only because the fixture fails it at its end (the two tests above prove it sees the violation).
test("a page that reported a CSP violation fails its test", async ({ page }) => {
  test.fail(true, "the CSP fixture must fail this test");
  await page.goto("/en");
  await injectInlineHandler(page);
  await page.waitForTimeout(500);
});
