import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { setProductVisibility } from "@/lib/products/set-product-visibility";
import type { ProductInput } from "@/lib/products/schemas";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { createMatchingFair, joinSession } from "./match-world";
import { createApprovedBuyer, createApprovedSupplier } from "./organizations";
import { createTestProduct } from "./products";
import { daysFromToday } from "./fairs";
import { requirementForm } from "./requirements";
import { uniqueSuffix } from "./unique";
import { createOrganizerActor } from "./users";

/**
 * A buyer in Moscow wants 2,000 men's down jackets (category "Outerwear"; the products are
 * in its subcategory "Down jackets") with EAC, target 45.50 USD.
 * Suppliers: "best" (fits in every way, verified), "expired" (same jacket, but its
 * EAC expired, MOQ 5,000, 600 CNY), "unrelated" (a raincoat in the category), and
 * four that must never appear: a hidden product, a negative-listed one, a
 * suspended supplier and one whose registration is still pending.
 */
export async function createJacketFairWorld() {
  const organizer = await createOrganizerActor();
  const { session, category, parent } = await createMatchingFair(organizer);
  const supplier = async (approve = true) => {
    const created = await createApprovedSupplier(organizer);
    await db.organization.update({ where: { id: created.organization.id }, data: { languages: ["zh", "ru"] } });
    await joinSession(created.actor, organizer, session.id, approve);
    return created;
  };
  const suppliers = {
    best: await supplier(),
    expired: await supplier(),
    unrelated: await supplier(),
    hidden: await supplier(),
    blocked: await supplier(),
    suspended: await supplier(),
    pending: await supplier(false),
  };
  await db.organization.update({ where: { id: suppliers.best.organization.id }, data: { verifiedAt: new Date() } });
  await db.certificate.createMany({
    data: [
      {
        organizationId: suppliers.best.organization.id,
        typeCode: "EAC",
        number: "EAC-1",
        expiresOn: new Date("2028-06-30"),
      },
      {
        organizationId: suppliers.expired.organization.id,
        typeCode: "EAC",
        number: "EAC-2",
        expiresOn: new Date("2024-12-31"),
      },
    ],
  });
  const jacket = (actor: Actor, overrides: Partial<ProductInput> = {}) =>
    createTestProduct(actor, category.id, overrides);
  const best = await jacket(suppliers.best.actor);
  await jacket(suppliers.best.actor, {
    nameEn: "Kids' down vest",
    nameRu: "Детский пуховый жилет",
    priceMin: "300",
    priceMax: "",
  });
  await jacket(suppliers.expired.actor, { moq: "5000", priceMin: "600", priceMax: "700" });
  await jacket(suppliers.unrelated.actor, {
    nameZh: "雨衣",
    nameEn: "Raincoat",
    nameRu: "Дождевик",
    descriptionZh: "聚酯纤维",
    descriptionEn: "Polyester shell",
    descriptionRu: "Полиэстер",
    certifications: [],
  });
  const hidden = await jacket(suppliers.hidden.actor);
  await setProductVisibility(suppliers.hidden.actor, hidden.id, "HIDDEN_BY_SUPPLIER");
  const keyword = `zorblax${uniqueSuffix()
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase()}`;
  await jacket(suppliers.blocked.actor, { nameEn: `Men's down jacket ${keyword}` });
  await addNegativeListEntry(organizer, { kind: "KEYWORD", keyword, reasonEn: "Counterfeit brand" });
  await jacket(suppliers.suspended.actor);
  await reviewOrganization(organizer, {
    organizationId: suppliers.suspended.organization.id,
    decision: "suspend",
    reason: "Repeated no-shows at meetings.",
  });
  await jacket(suppliers.pending.actor);

  const buyer = await createApprovedBuyer(organizer);
  await db.organization.update({ where: { id: buyer.organization.id }, data: { languages: ["ru"] } });
  await joinSession(buyer.actor, organizer, session.id);
  const requirement = await createRequirement(buyer.actor, requirementForm(parent.id, { neededBy: daysFromToday(60) }));
  return {
    organizer,
    session,
    category,
    parent,
    buyer,
    suppliers,
    requirementId: requirement.id,
    products: { best: best.id },
    excluded: [suppliers.hidden, suppliers.blocked, suppliers.suspended, suppliers.pending].map(
      (s) => s.organization.id,
    ),
  };
}
