import { expect, test } from "./support/test";
import { runE2eStatement } from "./support/test-database";

// The session page lists the first 30 approved suppliers and buyers and counts the rest;
// the demo has fewer, so this journey registers 31 more of each in the upcoming edition's Down Jacket
// session (straight in the database, removed afterwards).
const fair = "zhejiang-export-russia-upcoming";
const session = "down-jacket";
const ADDED = 31;

const addParticipants = `
  WITH s AS (
    SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" WHERE f.slug = $1 AND s.slug = $2
  ), added AS (
    INSERT INTO "Organization" (id, kind, status, "nameEn", "nameZh", "nameRu", city, country, "timeZone", "updatedAt")
    SELECT 'e2eparticipant-' || k || '-' || n, k::"OrganizationKind", 'APPROVED',
           initcap(lower(k)) || ' ' || lpad(n::text, 2, '0'), NULL, NULL,
           CASE k WHEN 'SUPPLIER' THEN 'Ningbo' ELSE 'Kazan' END,
           CASE k WHEN 'SUPPLIER' THEN 'CN' ELSE 'RU' END,
           CASE k WHEN 'SUPPLIER' THEN 'Asia/Shanghai' ELSE 'Europe/Moscow' END, now()
    FROM unnest(ARRAY['SUPPLIER', 'BUYER']) k, generate_series(1, $3::int) n
    RETURNING id
  )
  INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt")
  SELECT 'e2ereg-' || added.id, s.id, added.id, 'APPROVED', now() FROM added, s`;

const removeParticipants = `DELETE FROM "Organization" WHERE id LIKE 'e2eparticipant-%'`;

test.beforeAll(async () => {
  await runE2eStatement(removeParticipants);
  await runE2eStatement(addParticipants, [fair, session, ADDED]);
});

test.afterAll(async () => {
  await runE2eStatement(removeParticipants);
});

test("a session with many participants lists 30 of each and counts the rest, with a way to all suppliers", async ({
  page,
}) => {
  await page.goto(`/ru/fairs/${fair}/${session}`);
  const suppliers = page.getByTestId("session-suppliers");
  const buyers = page.getByTestId("session-buyers");
  await expect(suppliers.getByRole("listitem")).toHaveCount(30);
  await expect(buyers.getByRole("listitem")).toHaveCount(30);
  // The heading counts every approved participant; the line under the list the rest.
  const supplierTotal = Number((await suppliers.getByRole("heading").innerText()).match(/(\d+)\s+компан/)?.[1]);
  const buyerTotal = Number((await buyers.getByRole("heading").innerText()).match(/(\d+)\s+компан/)?.[1]);
  expect(supplierTotal).toBeGreaterThan(ADDED);
  expect(buyerTotal).toBeGreaterThan(ADDED);
  await expect(buyers.getByTestId("session-buyers-more")).toHaveText(new RegExp(`^и ещё ${buyerTotal - 30} компани`));
  const seeAll = suppliers.getByRole("link", { name: `Все поставщики в каталоге (${supplierTotal}) →` });
  await page.screenshot({ path: "e2e/screenshots/session-participants-ru.png", fullPage: true });

  for (const locale of ["en", "zh"] as const) {
    await page.goto(`/${locale}/fairs/${fair}/${session}`);
    await expect(page.getByTestId("session-suppliers-more")).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/session-participants-${locale}.png`, fullPage: true });
  }
  await page.goto(`/ru/fairs/${fair}/${session}`);
  await seeAll.click();
  await expect(page).toHaveURL(new RegExp(`/ru/fairs/${fair}/${session}/catalogue/suppliers$`));
});
