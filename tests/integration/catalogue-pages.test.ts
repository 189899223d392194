import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublicProduct } from "@/lib/catalogue/get-public-product";
import { getPublicSupplier } from "@/lib/catalogue/get-public-supplier";
import { getCatalogueSession } from "@/lib/catalogue/get-catalogue-session";
import { listHostedFairRates } from "@/lib/catalogue/list-exchange-rates";
import { searchSuppliers } from "@/lib/catalogue/search-suppliers";
import { setExchangeRates } from "@/lib/catalogue/set-exchange-rates";
import { createCatalogueSession, createExhibitor, insertProduct, suspend } from "../factories/catalogue";
import { expectAppError, expectValidationError } from "../factories/errors";
import { createOrganizationWithStatus } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";

let world: Awaited<ReturnType<typeof createCatalogueSession>>;

beforeAll(async () => {
  world = await createCatalogueSession();
});

describe("supplier list of a session", () => {
  it("finds exhibitors by part of the name in any language and by city, ordered by name", async () => {
    const s = world.session.id;
    const xueyu = await createExhibitor(world.organizer, s, {
      city: "Pinghu",
      names: { nameZh: "平湖雪羽服饰有限公司", nameEn: "Pinghu Xueyu Apparel", nameRu: "Пинху Сюэюй Одежда" },
    });
    await createExhibitor(world.organizer, s, {
      city: "Ningbo",
      names: { nameZh: "宁波恒达纺织有限公司", nameEn: "Ningbo Hengda Textile", nameRu: "Нинбо Хэнда Текстиль" },
    });
    const hidden = await createExhibitor(world.organizer, s, {
      names: { nameZh: "雪羽二厂", nameEn: "Xueyu Second Plant", nameRu: "Сюэюй 2" },
    });
    await suspend(world.organizer, hidden.organization.id);
    await createExhibitor(world.organizer, s, {
      registration: "PENDING",
      names: { nameZh: "雪羽待审", nameEn: "Xueyu Pending", nameRu: "Сюэюй ожидает" },
    });
    await insertProduct(xueyu.organization.id, world.categories.down.id);
    await insertProduct(xueyu.organization.id, world.categories.down.id, { visibility: "HIDDEN_BY_SUPPLIER" });

    const names = async (input: { q?: string; city?: string }, locale: "en" | "zh" | "ru" = "en") =>
      (await searchSuppliers({ sessionId: s, locale, ...input })).suppliers.map((x) => x.nameEn);
    expect(await names({ q: "雪羽" })).toEqual(["Pinghu Xueyu Apparel"]);
    expect(await names({ q: "xueyu" })).toEqual(["Pinghu Xueyu Apparel"]);
    expect(await names({ q: "сюэюй" })).toEqual(["Pinghu Xueyu Apparel"]);
    expect(await names({ city: "Ningbo", q: "Textile" })).toEqual(["Ningbo Hengda Textile"]);
    const found = await searchSuppliers({ sessionId: s, q: "xueyu", locale: "en" });
    expect(found.suppliers[0].productCount).toBe(1);
    expect(found.total).toBe(1);
  });

  it("pages by name and id without repeats", async () => {
    const other = await createCatalogueSession({ organizer: world.organizer });
    for (let i = 0; i < 5; i++) {
      await createExhibitor(world.organizer, other.session.id, { names: { nameEn: "Same Name Ltd" } });
    }
    const page = (n: number) => searchSuppliers({ sessionId: other.session.id, locale: "en", pageSize: 2, page: n });
    const ids = (await Promise.all([1, 2, 3].map(page))).flatMap((p) => p.suppliers.map((x) => x.id));
    expect(new Set(ids).size).toBe(5);
    expect((await page(1)).pageCount).toBe(3);
  });

  it("refuses sessions of unpublished fairs", async () => {
    const draft = await createCatalogueSession({ publish: false, rates: false });
    await expectAppError(searchSuppliers({ sessionId: draft.session.id }), "NOT_FOUND", "sessionNotFound");
  });
});

describe("public product and supplier pages", () => {
  it("shows a catalogue product with its sessions and converts with the fair's rates", async () => {
    const supplier = await createExhibitor(world.organizer, world.session.id);
    const product = await insertProduct(supplier.organization.id, world.categories.down.id, {
      certifications: ["EAC"],
    });
    const shown = await getPublicProduct(product.id);
    expect(shown?.sessions.map((s) => s.id)).toEqual([world.session.id]);
    expect(shown?.sessions[0].rates).toEqual({ USD: 1_000_000n, CNY: 7_200_000n, RUB: 90_000_000n });
    expect((await getPublicSupplier(supplier.organization.id))?.sessions).toHaveLength(1);
  });

  it("is not found for hidden, blocked, foreign-category and non-exhibiting products, and unapproved suppliers", async () => {
    const exhibitor = await createExhibitor(world.organizer, world.session.id);
    const notRegistered = await createExhibitor(world.organizer, world.session.id, { registration: "NONE" });
    const pending = await createOrganizationWithStatus("SUPPLIER", "PENDING");
    const down = world.categories.down.id;
    const hidden = await insertProduct(exhibitor.organization.id, down, { visibility: "HIDDEN_BY_SUPPLIER" });
    const foreign = await insertProduct(exhibitor.organization.id, world.categories.toys.id);
    const elsewhere = await insertProduct(notRegistered.organization.id, down);
    const unapproved = await insertProduct(pending.organization.id, down);
    const entry = await db.negativeListEntry.create({
      data: {
        kind: "HS_PREFIX",
        hsPrefix: "6201",
        reasonEn: "Test",
        reasonZh: "测试",
        reasonRu: "Тест",
        createdById: world.organizer.id,
      },
    });
    const blocked = await insertProduct(exhibitor.organization.id, down, { blockedByEntryId: entry.id });
    for (const product of [hidden, foreign, elsewhere, unapproved, blocked]) {
      expect(await getPublicProduct(product.id), product.id).toBeNull();
    }
    expect(await getPublicProduct("no-such-product")).toBeNull();
    expect(await getPublicSupplier(pending.organization.id)).toBeNull();
    await suspend(world.organizer, exhibitor.organization.id);
    expect(await getPublicSupplier(exhibitor.organization.id)).toBeNull();
  });

  it("loads a published session with its categories and rates, and nothing for a draft", async () => {
    const session = await getCatalogueSession(world.fair.slug, world.session.slug);
    expect(session?.categories.map((c) => c.id)).toEqual([world.categories.down.id, world.categories.fabrics.id]);
    expect(session?.rates.RUB).toBe(90_000_000n);
    const draft = await createCatalogueSession({ publish: false, rates: false });
    expect(await getCatalogueSession(draft.fair.slug, draft.session.slug)).toBeNull();
  });
});

describe("exchange rates", () => {
  it("an organizer of the host sets them as typed, stored as integer micros, audited", async () => {
    await setExchangeRates(world.organizer, { fairId: world.fair.id, CNY: "7,15", RUB: "91.234567" });
    const stored = await db.exchangeRate.findMany({ where: { fairId: world.fair.id }, orderBy: { currency: "asc" } });
    expect(stored.map((r) => [r.currency, r.perUsdCentMicros])).toEqual([
      ["CNY", 7_150_000n],
      ["USD", 1_000_000n],
      ["RUB", 91_234_567n],
    ]);
    const audit = await db.auditLog.findFirst({
      where: { entityId: world.fair.id, action: "exchangeRates.set" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.data).toEqual({
      before: { CNY: "7.20", RUB: "90.00", USD: "1.00" },
      after: { CNY: "7.15", RUB: "91.234567", USD: "1.00" },
    });
    const listed = await listHostedFairRates(world.organizer);
    expect(listed.find((fair) => fair.id === world.fair.id)?.exchangeRates).toHaveLength(3);
  });

  it("refuses other hosts' organizers, suppliers and malformed rates", async () => {
    const stranger = await createOrganizerActor();
    await expectAppError(
      setExchangeRates(stranger, { fairId: world.fair.id, CNY: "7", RUB: "90" }),
      "NOT_FOUND",
      "fairNotFound",
    );
    const supplier = await createOrganizationWithStatus("SUPPLIER", "APPROVED");
    await expectAppError(setExchangeRates(supplier.actor, { fairId: world.fair.id, CNY: "7", RUB: "90" }), "FORBIDDEN");
    for (const bad of ["", "0", "-7", "7.1234567", "abc", "1e3"]) {
      const fields = await expectValidationError(
        setExchangeRates(world.organizer, { fairId: world.fair.id, CNY: bad, RUB: "90" }),
      );
      expect(fields.CNY, bad).toMatch(/^(required|exchangeRateInvalid)$/);
    }
  });
});
