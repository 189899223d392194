import { beforeAll, describe, expect, it } from "vitest";
import {
  approvedSupplierSql,
  approvedSupplierWhere,
  listedBeforeSql,
  listedProductSql,
  listedProductWhere,
  visibleProductSql,
  visibleProductWhere,
} from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import { sessionSchedule, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionEndsAtSql } from "@/lib/fairs/lifecycle-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import { createCatalogueSession, createExhibitor, insertProduct, suspend } from "../factories/catalogue";
import { daysFromToday } from "../factories/fairs";
import { createOrganizationWithStatus } from "../factories/organizations";

/*
 * The Prisma and SQL forms of each rule in lib/catalogue/visible-product.ts must pick
 * exactly the same rows, over a world holding every kind of product buyers must not
 * see next to the ones they may.
 */
let world: Awaited<ReturnType<typeof createCatalogueSession>>;
let products: Record<string, string>;
let organizationIds: string[];

beforeAll(async () => {
  world = await createCatalogueSession();
  const { organizer, session, categories } = world;
  const exhibitor = (await createExhibitor(organizer, session.id)).organization.id;
  const suspended = (await createExhibitor(organizer, session.id)).organization.id;
  const pendingSupplier = (await createOrganizationWithStatus("SUPPLIER", "PENDING", organizer)).organization.id;
  const pendingRegistration = (await createExhibitor(organizer, session.id, { registration: "PENDING" })).organization
    .id;
  const down = categories.down.id;
  const add = async (organizationId: string, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) =>
    (await insertProduct(organizationId, data.categoryId ?? down, data)).id;
  products = {
    visible: await add(exhibitor),
    hiddenBySupplier: await add(exhibitor, { visibility: "HIDDEN_BY_SUPPLIER" }),
    blocked: await add(exhibitor, { hsCode: "9301900000" }),
    listedAfterSessionEnd: await add(exhibitor, { createdAt: new Date(`${daysFromToday(90)}T00:00:00Z`) }),
    // The session's last day is daysFromToday(61) in Asia/Shanghai: it ends at midnight after it.
    listedAtSessionEnd: await add(exhibitor, { createdAt: new Date(`${daysFromToday(62)}T00:00:00+08:00`) }),
    listedJustBeforeSessionEnd: await add(exhibitor, {
      createdAt: new Date(`${daysFromToday(61)}T23:59:59.999+08:00`),
    }),
    otherCategory: await add(exhibitor, { categoryId: categories.toys.id }),
    suspendedSupplier: await add(suspended),
    pendingSupplier: await add(pendingSupplier),
    pendingRegistration: await add(pendingRegistration),
  };
  await addNegativeListEntry(organizer, { kind: "HS_PREFIX", hsPrefix: "9301", reasonEn: "Firearms." });
  await suspend(organizer, suspended);
  organizationIds = [exhibitor, suspended, pendingSupplier, pendingRegistration];
});

const worldIds = () => Object.values(products);
const named = (ids: string[]) =>
  Object.entries(products)
    .filter(([, id]) => ids.includes(id))
    .map(([name]) => name)
    .sort();

async function prismaProducts(where: Prisma.ProductWhereInput) {
  const rows = await db.product.findMany({ where: { id: { in: worldIds() }, ...where }, select: { id: true } });
  return named(rows.map((row) => row.id));
}

async function sqlProducts(condition: Prisma.Sql) {
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT p.id FROM "Product" p WHERE p.id IN (${Prisma.join(worldIds())}) AND ${condition}`,
  );
  return named(rows.map((row) => row.id));
}

describe("the visible product, in Prisma and in SQL", () => {
  it("listed: neither hidden by its supplier nor blocked by the negative list", async () => {
    const prisma = await prismaProducts(listedProductWhere);
    expect(await sqlProducts(listedProductSql("p"))).toEqual(prisma);
    expect(prisma).not.toContain("hiddenBySupplier");
    expect(prisma).not.toContain("blocked");
    expect(prisma).toContain("suspendedSupplier");
  });

  it("approved supplier: neither pending nor suspended", async () => {
    const prisma = await db.organization.findMany({
      where: { id: { in: organizationIds }, ...approvedSupplierWhere },
      select: { id: true },
    });
    const sql = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT o.id FROM "Organization" o WHERE o.id IN (${Prisma.join(organizationIds)}) AND ${approvedSupplierSql("o")}`,
    );
    expect(sql.map((row) => row.id).sort()).toEqual(prisma.map((row) => row.id).sort());
    expect(prisma).toHaveLength(2);
  });

  it("visible: listed and of an approved supplier", async () => {
    const prisma = await prismaProducts(visibleProductWhere);
    expect(await sqlProducts(visibleProductSql("p"))).toEqual(prisma);
    expect(prisma).toEqual([
      "listedAfterSessionEnd",
      "listedAtSessionEnd",
      "listedJustBeforeSessionEnd",
      "otherCategory",
      "pendingRegistration",
      "visible",
    ]);
  });

  it("in an edition: listed before the session ended, by the lifecycle's own end", async () => {
    const session = await db.fairSession.findUniqueOrThrow({
      where: { id: world.session.id },
      select: sessionLifecycleSelect,
    });
    const { endsAt } = sessionSchedule(toLifecycleInput(session));
    const prisma = await prismaProducts({ ...visibleProductWhere, createdAt: { lt: endsAt } });
    const sessionEnd = Prisma.sql`(SELECT ${sessionEndsAtSql("s", "f")} FROM "FairSession" s
      JOIN "Fair" f ON f.id = s."fairId" WHERE s.id = ${world.session.id})`;
    expect(await sqlProducts(Prisma.sql`${visibleProductSql("p")} AND ${listedBeforeSql("p", sessionEnd)}`)).toEqual(
      prisma,
    );
    expect(prisma).not.toContain("listedAfterSessionEnd");
    expect(prisma).not.toContain("listedAtSessionEnd");
    expect(prisma).toContain("listedJustBeforeSessionEnd");
  });
});
