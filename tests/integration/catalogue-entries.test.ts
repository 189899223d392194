/**
 * A session's catalogue is kept by the database (migration catalogue_entries): one
 * CatalogueEntry per session and visible product, written by triggers from the view
 * catalogue_entry_source. These tests write the way the app, the seed and bulk SQL do and
 * check, after a long mixed sequence of writes (product edits, hiding, blocking, moves and
 * deletions; supplier status and city; registrations decided, withdrawn and deleted; the
 * session's categories and the category tree; the fair's rates; certificates), that the
 * entries equal the view, and that the view equals the rule written with the TypeScript
 * fragments the app uses (lib/catalogue/visible-product.ts, the session's categories of
 * catalogueSessionCtes, usdCents). They also check that the category fast path of the
 * search finds exactly what the text index finds.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { catalogueSessionCtes } from "@/lib/catalogue/catalogue-session-sql";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { usdCents } from "@/lib/catalogue/search-sql";
import { setExchangeRates } from "@/lib/catalogue/set-exchange-rates";
import { approvedSupplierSql, listedProductSql } from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import { createCategory } from "@/lib/fairs/create-category";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeProductSearchDocuments } from "@/lib/search";
import { createCatalogueSession, createExhibitor, insertProduct, suspend } from "../factories/catalogue";
import { uniqueSuffix } from "../factories/unique";

type World = Awaited<ReturnType<typeof createCatalogueSession>>;
let world: World;

const COLUMNS = Prisma.raw(`"sessionId", "productId", "organizationId", "categoryId", "supplierCity", moq,
  "minUsdCents"::text, "maxUsdCents"::text, certifications, "supplierCertificateTypes", "createdAt",
  "searchDocument"::text, "searchName"::text`);

/** Entries that differ from the view, either way (missing, extra or stale rows). */
const entryDrift = () =>
  db.$queryRaw<{ productId: string }[]>`
    (SELECT ${COLUMNS} FROM catalogue_entry_source EXCEPT SELECT ${COLUMNS} FROM "CatalogueEntry")
    UNION ALL
    (SELECT ${COLUMNS} FROM "CatalogueEntry" EXCEPT SELECT ${COLUMNS} FROM catalogue_entry_source)`;

/** The session's catalogue from scratch, as the search statement computed it before the entries existed. */
const fromScratch = (sessionId: string) =>
  db.$queryRaw<Record<string, unknown>[]>`
    WITH RECURSIVE ${catalogueSessionCtes(sessionId)}
    SELECT sess.id AS "sessionId", p.id AS "productId", p."organizationId", p."categoryId", o.city AS "supplierCity",
      p.moq, ${usdCents(Prisma.sql`p."priceMinMinor"`, Prisma.sql`rate.micros`)}::text AS "minUsdCents",
      ${usdCents(Prisma.sql`coalesce(p."priceMaxMinor", p."priceMinMinor")`, Prisma.sql`rate.micros`)}::text AS "maxUsdCents",
      p.certifications,
      ARRAY(SELECT DISTINCT c."typeCode" FROM "Certificate" c WHERE c."organizationId" = o.id ORDER BY 1)
        AS "supplierCertificateTypes",
      p."createdAt", p."searchDocument"::text AS "searchDocument", p."searchName"::text AS "searchName"
    FROM sess
    JOIN "SessionRegistration" r ON r."sessionId" = sess.id AND r.status = 'APPROVED'
    JOIN "Organization" o ON o.id = r."organizationId" AND ${approvedSupplierSql("o")}
    JOIN "Product" p ON p."organizationId" = o.id AND ${listedProductSql("p")}
    LEFT JOIN (
      SELECT er.currency, er."perUsdCentMicros" AS micros FROM "ExchangeRate" er JOIN sess ON er."fairId" = sess."fairId"
      WHERE er.currency <> 'USD'
      UNION ALL SELECT 'USD'::"Currency", 1000000::bigint
    ) rate ON rate.currency = p.currency
    WHERE p."categoryId" IN (SELECT id FROM cats)
    ORDER BY p.id`;

const entriesOf = (sessionId: string) =>
  db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${COLUMNS} FROM "CatalogueEntry" WHERE "sessionId" = ${sessionId} ORDER BY "productId"`;

async function expectNoDrift() {
  expect(await entryDrift()).toEqual([]);
  expect(await entriesOf(world.session.id)).toEqual(await fromScratch(world.session.id));
}

beforeAll(async () => {
  world = await createCatalogueSession();
});

describe("catalogue entries", () => {
  it("follow a long mixed sequence of writes and equal the rule computed from scratch", async () => {
    const { organizer, session, categories, fair } = world;
    const sessionId = session.id;
    const a = await createExhibitor(organizer, sessionId, { city: "Ningbo" });
    const b = await createExhibitor(organizer, sessionId, { city: "Hangzhou" });
    const c = await createExhibitor(organizer, sessionId, { registration: "NONE" });
    const suffix = uniqueSuffix();
    const sub = await createCategory(organizer, {
      slug: `oxford-${suffix}`,
      nameEn: "Oxford cloth",
      nameZh: "牛津布",
      nameRu: "Оксфорд",
      parentSlug: categories.fabrics.slug,
    });
    const jacket = await insertProduct(a.organization.id, categories.down.id, { certifications: ["OEKO-TEX"] });
    const oxford = await insertProduct(a.organization.id, sub.id, { currency: "USD", priceMinMinor: 350n });
    const toy = await insertProduct(b.organization.id, categories.toys.id, { nameEn: "Plush bear" });
    const rub = await insertProduct(b.organization.id, categories.down.id, { currency: "RUB", priceMaxMinor: null });
    const pending = await insertProduct(c.organization.id, categories.down.id, {}, { searchDocument: false });
    await expectNoDrift();
    expect((await entriesOf(sessionId)).map((row) => row.productId).sort()).toEqual(
      [jacket.id, oxford.id, rub.id].sort(),
    );

    // Products: edits, hidden and shown again, blocked, moved, without a document, deleted.
    await db.product.update({ where: { id: jacket.id }, data: { moq: 5, priceMaxMinor: 99_000n } });
    await db.product.update({ where: { id: rub.id }, data: { visibility: "HIDDEN_BY_SUPPLIER" } });
    await expectNoDrift();
    await db.product.update({ where: { id: rub.id }, data: { visibility: "VISIBLE", certifications: ["EAC"] } });
    const entry = await db.negativeListEntry.create({
      data: {
        fairId: fair.id,
        kind: "KEYWORD",
        keyword: "bear",
        reasonEn: "r",
        reasonZh: "r",
        reasonRu: "r",
        createdById: organizer.id,
      },
    });
    await db.product.update({ where: { id: oxford.id }, data: { blockedByEntryId: entry.id, blockedAt: new Date() } });
    await expectNoDrift();
    await db.product.update({ where: { id: oxford.id }, data: { blockedByEntryId: null, blockedAt: null } });
    await db.product.update({ where: { id: toy.id }, data: { categoryId: categories.fabrics.id } });
    await db.product.update({ where: { id: jacket.id }, data: { nameEn: "Long down coat" } }); // document dropped
    await writeProductSearchDocuments(db, { productIds: [jacket.id] });
    await expectNoDrift();

    // Suppliers: city, suspension, approval again; registrations decided, withdrawn, deleted.
    await db.organization.update({ where: { id: b.organization.id }, data: { city: "Shaoxing" } });
    await suspend(organizer, a.organization.id);
    await expectNoDrift();
    await db.organization.update({ where: { id: a.organization.id }, data: { status: "APPROVED" } });
    const registered = await registerForSession(c.actor, sessionId);
    if (registered.status === "PENDING") await decideRegistration(organizer, registered.id, "approve");
    await expectNoDrift();
    await db.sessionRegistration.updateMany({
      where: { sessionId, organizationId: b.organization.id },
      data: { status: "WITHDRAWN" },
    });
    await expectNoDrift();
    await db.sessionRegistration.updateMany({
      where: { sessionId, organizationId: b.organization.id },
      data: { status: "APPROVED" },
    });
    await db.sessionRegistration.deleteMany({ where: { sessionId, organizationId: c.organization.id } });
    await expectNoDrift();

    // The session's categories and the category tree.
    await db.sessionCategory.create({ data: { sessionId, categoryId: categories.toys.id } });
    await db.sessionCategory.delete({
      where: { sessionId_categoryId: { sessionId, categoryId: categories.fabrics.id } },
    });
    await expectNoDrift();
    await db.category.update({ where: { id: sub.id }, data: { parentId: categories.toys.id } });
    await expectNoDrift();
    await db.category.update({ where: { id: sub.id }, data: { parentId: null } });
    await expectNoDrift();

    // The fair's rates: changed, removed, added; certificates: added, changed, removed.
    await setExchangeRates(organizer, { fairId: fair.id, CNY: "7.00", RUB: "95.50" });
    await expectNoDrift();
    await db.exchangeRate.deleteMany({ where: { fairId: fair.id, currency: "RUB" } });
    await expectNoDrift();
    await setExchangeRates(organizer, { fairId: fair.id, CNY: "7.10", RUB: "91.00" });
    await db.certificateType.upsert({
      where: { code: "EAC" },
      create: { code: "EAC", nameEn: "EAC", nameZh: "EAC", nameRu: "EAC" },
      update: {},
    });
    await db.certificateType.upsert({
      where: { code: "BSCI" },
      create: { code: "BSCI", nameEn: "BSCI", nameZh: "BSCI", nameRu: "BSCI" },
      update: {},
    });
    const certificate = await db.certificate.create({
      data: { organizationId: b.organization.id, typeCode: "EAC", number: "1", expiresOn: new Date("2020-01-01") },
    });
    await expectNoDrift();
    await db.certificate.update({ where: { id: certificate.id }, data: { typeCode: "BSCI" } });
    await expectNoDrift();
    await db.certificate.delete({ where: { id: certificate.id } });

    // A product handed to another supplier; deletions (entries go with their products).
    await db.product.update({ where: { id: pending.id }, data: { organizationId: a.organization.id } });
    await writeProductSearchDocuments(db, { productIds: [pending.id] });
    await expectNoDrift();
    await db.product.delete({ where: { id: rub.id } });
    await db.product.deleteMany({ where: { organizationId: a.organization.id } });
    await expectNoDrift();
    expect(await db.catalogueEntry.count({ where: { productId: { in: [rub.id, pending.id] } } })).toBe(0);
  });

  it("finds through a category's own words exactly what the text index finds", async () => {
    const { organizer, session, categories } = world;
    const d = await createExhibitor(organizer, session.id, { city: "Ningbo" });
    for (let i = 0; i < 3; i++) {
      await insertProduct(d.organization.id, categories.down.id, { nameEn: `Quilted vest ${i}`, moq: 10 * (i + 1) });
    }
    const search = ([q, sort]: [string, "relevance" | "newest" | "price"]) =>
      searchCatalogue({ sessionId: session.id, q, moqMax: 20, sort }).then((r) => ({
        total: r.total,
        ids: r.hits.map((hit) => hit.id),
      }));
    const queries = (["пуховая одежда", "down apparel", "羽绒服装", "apparel vest"] as const).flatMap((q) =>
      (["relevance", "newest", "price"] as const).map((sort): [string, typeof sort] => [q, sort]),
    );
    const withFastPath = await Promise.all(queries.map(search));
    const saved = await db.$queryRaw<{ id: string; document: string | null }[]>`
      SELECT id, "searchDocument"::text AS document FROM "Category"`;
    // The down category's own words hold "пуховая одежда": those searches took the fast path.
    expect(saved.find((row) => row.id === categories.down.id)?.document).toContain("'одежда'");
    await db.$executeRaw`UPDATE "Category" SET "searchDocument" = NULL`;
    try {
      expect(await Promise.all(queries.map(search))).toEqual(withFastPath);
    } finally {
      for (const row of saved) {
        await db.$executeRaw`UPDATE "Category" SET "searchDocument" = ${row.document}::tsvector WHERE id = ${row.id}`;
      }
    }
    expect(withFastPath[3]!.total).toBeGreaterThanOrEqual(2); // "down apparel" by relevance
  });
});
