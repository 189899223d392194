import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Client } from "pg";
import { expect, test, type Page } from "./support/test";
import { demo } from "./support/accounts";
import { signedIn, type Locale } from "./support/meetings";
import { withE2eDatabase } from "./support/test-database";

// Results: the organizer opens the 2022 fair's report, filters it by category (the URL
// carries the filter), sees the chart and its table, downloads the report as Excel and the
// meeting list as CSV and the files agree with the database; a supplier and a buyer each see
// their own fair and nobody else's meetings. The 2022 fair lies in the past, so its meetings
// and outcomes are written straight into the test database, as booking and the room would have.

const marker = "e2e-results";
const fairSlug = "zhejiang-export-russia-2022";
const shots = "/tmp/shots-h3a";

type World = { fairId: string; fabricsId: string; otherSupplier: string; otherBuyer: string };

async function idOf(client: Client, sql: string, params: unknown[]): Promise<string> {
  const result = await client.query(sql, params);
  return result.rows[0]?.id as string;
}

async function seedMeetings(): Promise<World> {
  return withE2eDatabase(async (client) => {
    const fairId = await idOf(client, `SELECT id FROM "Fair" WHERE slug = $1`, [fairSlug]);
    const sessionId = await idOf(
      client,
      `SELECT s.id FROM "FairSession" s WHERE s."fairId" = $1 AND s.slug = 'fabric-accessories'`,
      [fairId],
    );
    const fabricsId = await idOf(client, `SELECT id FROM "Category" WHERE slug = 'fabrics'`, []);
    const userOf = async (email: string) =>
      (await client.query(`SELECT id, "organizationId" FROM "User" WHERE email = $1`, [email])).rows[0] as {
        id: string;
        organizationId: string;
      };
    const supplier = await userOf(demo.supplier);
    const buyer = await userOf(demo.buyer);
    const lanhua = await userOf("lanhua.textile@fairbridge.demo");
    const nevskaya = await userOf("spb.fabric@fairbridge.demo");
    const yiwu = await userOf("yiwu.button@fairbridge.demo");
    await client.query(`DELETE FROM "Meeting" WHERE agenda = $1`, [marker]);
    const meeting = async (
      s: { organizationId: string },
      b: { organizationId: string },
      start: string,
      status = "COMPLETED",
    ) => {
      const id = `e2r${randomBytes(8).toString("hex")}`;
      const starts = new Date(start);
      await client.query(
        `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "startsAt", "endsAt", status,
           "roomToken", agenda, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
        [
          id,
          sessionId,
          s.organizationId,
          b.organizationId,
          starts,
          new Date(starts.getTime() + 20 * 60_000),
          status,
          randomBytes(24).toString("base64url"),
          marker,
        ],
      );
      return id;
    };
    const report = (
      meetingId: string,
      side: "SUPPLIER" | "BUYER",
      author: { id: string; organizationId: string },
      outcome: string,
      value: number | null = null,
    ) =>
      client.query(
        `INSERT INTO "MeetingOutcomeReport" ("meetingId", side, "organizationId", "authorId", outcome,
           "estimatedValueMinor", currency, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [meetingId, side, author.organizationId, author.id, outcome, value, value === null ? null : "RUB"],
      );
    // 10:00 and 11:00 Hangzhou on 22 June 2022.
    const ours = await meeting(supplier, buyer, "2022-06-22T02:00:00Z");
    await report(ours, "BUYER", buyer, "ORDER_INTENT", 50_000_000);
    await report(ours, "SUPPLIER", supplier, "QUOTATION_SENT");
    const theirs = await meeting(lanhua, nevskaya, "2022-06-22T02:00:00Z");
    await report(theirs, "SUPPLIER", lanhua, "FOLLOW_UP");
    await meeting(yiwu, buyer, "2022-06-22T03:00:00Z", "CANCELLED");
    const nameOf = async (organizationId: string) =>
      (await client.query(`SELECT "nameEn" FROM "Organization" WHERE id = $1`, [organizationId])).rows[0]
        .nameEn as string;
    return {
      fairId,
      fabricsId,
      otherSupplier: await nameOf(lanhua.organizationId),
      otherBuyer: await nameOf(nevskaya.organizationId),
    };
  });
}

/**
 * The database's own count of the fair's meetings in a category, by the report's rule written
 * out independently: the purchasing requirement's category, else the category most of the
 * supplier's products are in; the category itself or its subcategories.
 */
async function meetingsInCategory(fairId: string, categoryId: string) {
  return withE2eDatabase(async (client) => {
    const result = await client.query(
      `WITH main AS (
         SELECT DISTINCT ON ("organizationId") "organizationId", "categoryId" FROM "Product"
          GROUP BY "organizationId", "categoryId" ORDER BY "organizationId", count(*) DESC, "categoryId")
       SELECT count(*)::int AS booked,
              count(*) FILTER (WHERE m.status = 'CANCELLED')::int AS cancelled,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "MeetingOutcomeReport" o
                                              WHERE o."meetingId" = m.id AND o.outcome = 'ORDER_INTENT'))::int AS orders
         FROM "Meeting" m
         JOIN "FairSession" s ON s.id = m."sessionId"
         LEFT JOIN "MeetingRequest" q ON q.id = m."requestId"
         LEFT JOIN "PurchasingRequirement" r ON r.id = q."requirementId"
         LEFT JOIN main ON main."organizationId" = m."supplierOrgId"
         JOIN "Category" c ON c.id = COALESCE(r."categoryId", main."categoryId")
        WHERE s."fairId" = $1 AND (c.id = $2 OR c."parentId" = $2)`,
      [fairId, categoryId],
    );
    return result.rows[0] as { booked: number; cancelled: number; orders: number };
  });
}

async function shoot(page: Page, name: string) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return readFile((await file.path())!);
}

test("the organizer filters the fair report by category and downloads files that agree with the database", async ({
  browser,
}) => {
  test.setTimeout(180_000); // three languages, a phone and four files on a shared machine
  const world = await seedMeetings();
  const organizer = await signedIn(browser, demo.organizer, "en");

  await organizer.goto("/en/admin/results");
  await organizer
    .getByRole("link", { name: /2022 Zhejiang Export Online Fair/ })
    .first()
    .click();
  await expect(organizer).toHaveURL(new RegExp(`/en/admin/fairs/${world.fairId}/report$`));
  const report = organizer.getByTestId("fair-report");
  // The first report of a fresh server compiles and reads a cold database: give it time on a busy machine.
  await expect(report).toBeVisible({ timeout: 45_000 });
  await expect(
    report.getByTestId("section-category").getByTestId("results-chart").locator("svg").first(),
  ).toBeVisible();
  await shoot(organizer, "report-en");

  // Filter by category: the URL carries it, and the chart and its table show the category alone.
  await organizer.getByLabel("Category", { exact: true }).selectOption({ label: "Fabrics" });
  await organizer.getByRole("button", { name: "Apply" }).click();
  await expect(organizer).toHaveURL(new RegExp(`category=${world.fabricsId}`));
  await expect(organizer.getByLabel("Category", { exact: true })).toHaveValue(world.fabricsId);
  const expected = await meetingsInCategory(world.fairId, world.fabricsId);
  expect(expected.booked).toBeGreaterThanOrEqual(2);
  const categoryTable = organizer.getByTestId("table-category");
  await expect(categoryTable.locator("tbody tr")).toHaveCount(1);
  await expect(categoryTable.locator("tbody tr th")).toHaveText("Fabrics");
  await expect(categoryTable.locator("tbody tr td").first()).toHaveText(String(expected.booked));
  await expect(
    organizer.getByTestId("section-category").getByTestId("results-chart").locator("svg").first(),
  ).toBeVisible();
  await expect(organizer.getByTestId("headline-booked")).toContainText(String(expected.booked));

  // The report as Excel: its summary sheet holds the database's figures.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(organizer, "download-report-xlsx")) as unknown as ArrayBuffer);
  const summary = workbook.worksheets[0];
  const figure = (label: string) => {
    let value: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === label) value = row.getCell(2).value;
    });
    return value;
  };
  expect(summary.name).toBe("Summary");
  expect(figure("Meetings booked")).toBe(expected.booked);
  expect(figure("Cancellations")).toBe(expected.cancelled);
  expect(figure("Order intent")).toBe(expected.orders);

  // The meeting list as CSV: one row per meeting in the category, ours with the buyer's estimate.
  const csv = (await download(organizer, "download-meetings-csv")).toString("utf8").replace(/^\uFEFF/, "");
  const rows: string[][] = parse(csv);
  expect(rows[0].slice(0, 2)).toEqual(["Start", "End"]);
  expect(rows).toHaveLength(1 + expected.booked);
  const header = rows[0];
  const ours = rows.find(
    (row) =>
      row[header.indexOf("Buyer outcome")] === "Order intent" && row[header.indexOf("Order estimate")] === "500000.00",
  );
  expect(ours?.[header.indexOf("Supplier outcome")]).toBe("Quotation sent");
  expect(ours?.[header.indexOf("Currency")]).toBe("RUB");

  // The printable page, and refusals of a bad format and of another tenant's eyes.
  await organizer.goto(`/en/admin/fairs/${world.fairId}/report/print?category=${world.fabricsId}`);
  await expect(organizer.getByTestId("printable-report")).toBeVisible();
  await organizer.emulateMedia({ media: "print" });
  await expect(organizer.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await organizer.emulateMedia({ media: "screen" });
  const refused = await organizer.request.get(`/api/results/${world.fairId}/meetings?format=pdf`);
  expect(refused.status()).toBe(422);
  const badFilter = await organizer.request.get(`/api/results/${world.fairId}/meetings?format=csv&region=cn:moscow`);
  expect(badFilter.status()).toBe(422);

  // Other languages and a phone.
  for (const locale of ["zh", "ru"] as Locale[]) {
    await organizer.goto(`/${locale}/admin/fairs/${world.fairId}/report?category=${world.fabricsId}`);
    await expect(organizer.getByTestId("table-category")).toBeVisible();
    await shoot(organizer, `report-${locale}`);
  }
  await organizer.setViewportSize({ width: 390, height: 844 });
  await organizer.goto(`/ru/admin/fairs/${world.fairId}/report`);
  await expect(organizer.getByTestId("table-day")).toBeVisible();
  await shoot(organizer, "report-ru-phone");
  await organizer.context().close();
});

test("a supplier and a buyer each see their own fair, and not others' meetings or reports", async ({ browser }) => {
  const world = await seedMeetings();

  const supplier = await signedIn(browser, demo.supplier, "en");
  await supplier.goto("/en/my-fairs");
  await supplier
    .getByRole("link", { name: /2022 Zhejiang Export Online Fair/ })
    .first()
    .click();
  await expect(supplier).toHaveURL(new RegExp(`/en/my-fairs/${world.fairId}$`));
  const meetings = supplier.getByTestId("participant-meetings");
  await expect(meetings).toContainText("TextileImport");
  await expect(meetings).toContainText("Quotation sent");
  await expect(meetings).not.toContainText(world.otherBuyer);
  // The buyer's order intent and its value stay private to the buyer and the organizers.
  await expect(meetings).not.toContainText("Order intent");
  await expect(meetings).not.toContainText("500,000");
  await expect(supplier.getByTestId("participant-follow-ups")).toBeVisible();
  await shoot(supplier, "my-fair-supplier-en");
  // A supplier reads no organizer report and no export.
  await supplier.goto(`/en/admin/fairs/${world.fairId}/report`);
  await expect(supplier.getByTestId("fair-report")).toHaveCount(0);
  expect((await supplier.request.get(`/api/results/${world.fairId}/meetings?format=csv`)).status()).toBe(403);
  await supplier.context().close();

  const buyer = await signedIn(browser, demo.buyer, "ru");
  await buyer.goto(`/ru/my-fairs/${world.fairId}`);
  const own = buyer.getByTestId("participant-meetings");
  await expect(own).toContainText("Намерение заказать");
  await expect(own).toContainText("500 000");
  await expect(own).not.toContainText(world.otherSupplier);
  await expect(buyer.getByTestId("participant-orderIntents")).toContainText(/[1-9]/);
  await shoot(buyer, "my-fair-buyer-ru");
  await buyer.setViewportSize({ width: 390, height: 844 });
  await shoot(buyer, "my-fair-buyer-ru-phone");
  await buyer.goto(`/zh/my-fairs/${world.fairId}`);
  await shoot(buyer, "my-fair-buyer-zh");
  await buyer.context().close();
});
