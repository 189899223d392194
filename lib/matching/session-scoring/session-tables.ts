import { feedbackFactor } from "../factors/feedback";
import { historyFactor, historyValue } from "../factors/history";
import { languageFactor, languageValue } from "../factors/language";
import { normalizeUnit } from "../factors/moq";
import { convertProductPrice } from "../factors/price";
import { timeZoneFactor, timeZoneValue } from "../factors/time-zone";
import { verifiedFactor, verifiedValue } from "../factors/verified";
import { creditFactor, creditValue } from "../factors/credit";
import type { LoadedRequirement } from "../load-requirements";
import type { PoolProduct } from "../load-session-products";
import type { BuyerFeedback, ScoringContext, ScoringSupplier } from "../scoring-inputs";

const currencies = ["CNY", "USD", "RUB"] as const;

/** A candidate product list's unit ids, prices per currency and certification-list ids, in parallel arrays. */
export type PreparedProducts = { units: number[]; prices: (number | null)[][]; certifications: number[] };

/**
 * What the scoring reads again and again, computed once per session: organization-level
 * values per supplier (by index), per buyer zone and language list, and products' units,
 * converted prices and certification lists as small integers.
 */
export function buildSessionTables(
  pool: { products: PoolProduct[]; suppliers: Map<string, ScoringSupplier>; keep: ReadonlySet<string> },
  context: ScoringContext,
) {
  const supplierList = [...pool.suppliers.values()];
  // Per buyer zone / language set: the organization-level value for every supplier (index), NaN = not applicable.
  const perSupplier = (compute: (supplier: ScoringSupplier) => number | null) =>
    Float64Array.from(supplierList, (supplier) => compute(supplier) ?? Number.NaN);
  const unitIds = new Map<string, number>();
  const unitId = (unit: string) => {
    const normalized = normalizeUnit(unit);
    if (!unitIds.has(normalized)) unitIds.set(normalized, unitIds.size);
    return unitIds.get(normalized)!;
  };
  const products = productTables(pool.products, unitId, context);
  return {
    verified: supplierList.map((supplier) => verifiedValue(supplier.verified)),
    history: supplierList.map((supplier) => historyValue(supplier.outcomes)),
    credit: supplierList.map((supplier) => creditValue(supplier.credit)),
    zoneRow: memoRow((zone: string) =>
      perSupplier((supplier) => timeZoneValue(zone, supplier.timeZone, context.sessionDay)),
    ),
    languageRow: memoRow((languages: string) =>
      perSupplier((supplier) => languageValue(split(languages), supplier.languages, context.interpreterLanguages)),
    ),
    unitId,
    currencyIndex: (currency: string | null) =>
      currency === null ? -1 : currencies.indexOf(currency as (typeof currencies)[number]),
    ...products,
    keptSuppliersOf: keptSuppliers(pool.keep),
    supplierLevelFactors: supplierLevelFactors(context),
  };
}

export type SessionTables = ReturnType<typeof buildSessionTables>;

function productTables(products: PoolProduct[], unitId: (unit: string) => number, context: ScoringContext) {
  const productUnit = new Map<PoolProduct, number>();
  const productPrice = new Map<PoolProduct, (number | null)[]>();
  const certificationSets = new Map<string, number>();
  const productCertifications = new Map<PoolProduct, number>();
  for (const product of products) {
    const certificationKey = product.certifications.join(",");
    if (!certificationSets.has(certificationKey)) certificationSets.set(certificationKey, certificationSets.size);
    productCertifications.set(product, certificationSets.get(certificationKey)!);
    productUnit.set(product, unitId(product.moqUnit));
    productPrice.set(
      product,
      currencies.map((currency) => {
        const minor = convertProductPrice(product, currency, context.rates);
        return minor === null ? null : Number(minor);
      }),
    );
  }
  // Per candidate product list (shared by all requirements of a category).
  const prepared = new Map<PoolProduct[], PreparedProducts>();
  const preparedOf = (list: PoolProduct[]) => {
    let entry = prepared.get(list);
    if (!entry) {
      entry = {
        units: list.map((p) => productUnit.get(p)!),
        prices: list.map((p) => productPrice.get(p)!),
        certifications: list.map((p) => productCertifications.get(p)!),
      };
      prepared.set(list, entry);
    }
    return entry;
  };
  return { preparedOf, certificationSetCount: certificationSets.size };
}

/** "requirementId|supplierOrgId" keys as the suppliers to keep per requirement. */
function keptSuppliers(keep: ReadonlySet<string>): (requirementId: string) => Set<string> | undefined {
  const byRequirement = new Map<string, Set<string>>();
  for (const key of keep) {
    const [requirementId, supplierId] = key.split("|");
    if (!byRequirement.has(requirementId)) byRequirement.set(requirementId, new Set());
    byRequirement.get(requirementId)!.add(supplierId);
  }
  return (requirementId) => byRequirement.get(requirementId);
}

/**
 * scorePair's organization factors (its supplierValues), the time zone and language ones
 * shared per pair of zones / language lists: working-hour overlap in real time zones is
 * the costly part of a full pair.
 */
function supplierLevelFactors(context: ScoringContext) {
  const zoneFactors = memoRow((key: string) => {
    const [buyerZone, supplierZone] = key.split("|");
    return timeZoneFactor(buyerZone, supplierZone, context.sessionDay);
  });
  const languageFactors = memoRow((key: string) => {
    const [buyerLanguages, supplierLanguages] = key.split("|");
    return languageFactor(split(buyerLanguages), split(supplierLanguages), context.interpreterLanguages);
  });
  return (requirement: LoadedRequirement, supplier: ScoringSupplier, feedback: BuyerFeedback) => [
    zoneFactors(`${requirement.buyer.timeZone}|${supplier.timeZone}`),
    languageFactors(`${requirement.buyer.languages.join(",")}|${supplier.languages.join(",")}`),
    verifiedFactor(supplier.verified),
    historyFactor(supplier.outcomes),
    feedbackFactor(feedback, supplier, requirement.categoryId),
    creditFactor(supplier.credit),
  ];
}

/** A value computed once per distinct key (a buyer's zone, a buyer's languages). */
function memoRow<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

function split(languages: string): string[] {
  return languages === "" ? [] : languages.split(",");
}
