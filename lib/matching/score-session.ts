import { feedbackFactor, feedbackValue, noFeedback } from "./factors/feedback";
import { certificationsValue } from "./factors/certifications";
import { historyFactor, historyValue } from "./factors/history";
import { languageFactor, languageValue } from "./factors/language";
import { moqValue, normalizeUnit } from "./factors/moq";
import { convertProductPrice, priceValue } from "./factors/price";
import { textValue } from "./factors/text";
import { timeZoneFactor, timeZoneValue } from "./factors/time-zone";
import { verifiedFactor, verifiedValue } from "./factors/verified";
import type { LoadedRequirement } from "./load-requirements";
import type { PoolProduct } from "./load-session-products";
import { scoreFromSums } from "./score";
import { scorePair } from "./score-pair";
import type { BuyerFeedback, ScoringContext, ScoringProduct, ScoringSupplier } from "./scoring-inputs";
import type { FactorResult } from "./types";

export type MatchScoreRow = {
  requirementId: string;
  supplierOrgId: string;
  score: number;
  factors: FactorResult[];
  bestProductId: string | null;
};

export type SessionPool = {
  requirements: (LoadedRequirement & { termIds: Int32Array })[];
  products: PoolProduct[];
  suppliers: Map<string, ScoringSupplier>;
  feedback: Map<string, BuyerFeedback>;
  subtreeOf: (categoryId: string) => ReadonlySet<string>;
  /** "requirementId|supplierOrgId" of pairs someone reacted to or proposed: always kept. */
  keep: ReadonlySet<string>;
  vocabularySize: number;
};

type Candidate = { supplier: ScoringSupplier; index: number; products: PoolProduct[]; first: number };

/**
 * The candidates of one category subtree: suppliers sorted by id, their products
 * numbered consecutively (candidate.first + position), and an inverted index from
 * word id to product numbers, so a requirement's word overlap with every product
 * costs one pass over the postings of its ~20 words instead of every product's words.
 */
type CandidateGroup = { candidates: Candidate[]; postings: Map<number, Int32Array>; matched: Uint16Array };

/**
 * Scores every requirement of a session against every supplier that passes the
 * category gate, in memory, in two passes:
 * 1. numbers only, for every pair (millions): the factors' value functions (the
 *    ones the factor functions themselves use), summed in the same order and
 *    rounded the same way as scoreOf, with word overlap counted on integer ids,
 *    conversions and organization-level values computed once; no objects per pair;
 * 2. for the pairs kept (best `cap` per requirement, plus pairs with reactions or
 *    proposals): the full scorePair, with reasons, exactly as the live path.
 */
export function scoreSession(
  pool: SessionPool,
  context: ScoringContext,
  cap: number,
): { rows: MatchScoreRow[]; scoredPairs: number; evaluatedPairs: number } {
  const w = context.weights;
  const candidatesOf = groupCandidates(pool);
  const verified: number[] = [];
  const history: (number | null)[] = [];
  for (const supplier of pool.suppliers.values()) {
    verified.push(verifiedValue(supplier.verified));
    history.push(historyValue(supplier.outcomes));
  }
  const supplierList = [...pool.suppliers.values()];
  // Per buyer zone / language set: the organization-level value for every supplier (index), NaN = not applicable.
  const perSupplier = (compute: (supplier: ScoringSupplier) => number | null) =>
    Float64Array.from(supplierList, (supplier) => compute(supplier) ?? Number.NaN);
  const zoneRows = memoRow((zone: string) =>
    perSupplier((supplier) => timeZoneValue(zone, supplier.timeZone, context.sessionDay)),
  );
  const languageRows = memoRow((languages: string) =>
    perSupplier((supplier) => languageValue(split(languages), supplier.languages, context.interpreterLanguages)),
  );
  const currencies = ["CNY", "USD", "RUB"] as const;
  const unitIds = new Map<string, number>();
  const unitId = (unit: string) => {
    const normalized = normalizeUnit(unit);
    if (!unitIds.has(normalized)) unitIds.set(normalized, unitIds.size);
    return unitIds.get(normalized)!;
  };
  const productUnit = new Map<PoolProduct, number>();
  const productPrice = new Map<PoolProduct, (number | null)[]>();
  const certificationSets = new Map<string, number>();
  const productCertifications = new Map<PoolProduct, number>();
  for (const product of pool.products) {
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
  // Per candidate product list (shared by all requirements of a category): unit ids and prices in parallel arrays.
  const prepared = new Map<PoolProduct[], { units: number[]; prices: (number | null)[][]; certifications: number[] }>();
  const preparedOf = (products: PoolProduct[]) => {
    let entry = prepared.get(products);
    if (!entry) {
      entry = {
        units: products.map((p) => productUnit.get(p)!),
        prices: products.map((p) => productPrice.get(p)!),
        certifications: products.map((p) => productCertifications.get(p)!),
      };
      prepared.set(products, entry);
    }
    return entry;
  };
  const keptSuppliers = new Map<string, Set<string>>();
  for (const key of pool.keep) {
    const [requirementId, supplierId] = key.split("|");
    if (!keptSuppliers.has(requirementId)) keptSuppliers.set(requirementId, new Set());
    keptSuppliers.get(requirementId)!.add(supplierId);
  }
  // scorePair's organization factors (supplierValues), the time zone and language ones shared per pair of
  // zones / language lists: working-hour overlap in real time zones is the costly part of a full pair.
  const zoneFactors = memoRow((key: string) => {
    const [buyerZone, supplierZone] = key.split("|");
    return timeZoneFactor(buyerZone, supplierZone, context.sessionDay);
  });
  const languageFactors = memoRow((key: string) => {
    const [buyerLanguages, supplierLanguages] = key.split("|");
    return languageFactor(split(buyerLanguages), split(supplierLanguages), context.interpreterLanguages);
  });
  const supplierLevel = (requirement: LoadedRequirement, supplier: ScoringSupplier, feedback: BuyerFeedback) => [
    zoneFactors(`${requirement.buyer.timeZone}|${supplier.timeZone}`),
    languageFactors(`${requirement.buyer.languages.join(",")}|${supplier.languages.join(",")}`),
    verifiedFactor(supplier.verified),
    historyFactor(supplier.outcomes),
    feedbackFactor(feedback, supplier, requirement.categoryId),
  ];
  const rows: MatchScoreRow[] = [];
  let scoredPairs = 0;
  let evaluatedPairs = 0;

  for (const requirement of pool.requirements) {
    const group = candidatesOf(requirement.categoryId);
    const { candidates, matched: matchedOf } = group;
    if (candidates.length === 0) continue;
    matchedOf.fill(0);
    for (const id of requirement.termIds) {
      const postings = group.postings.get(id);
      if (postings) for (const ordinal of postings) matchedOf[ordinal]++;
    }
    const feedback = pool.feedback.get(requirement.buyerOrgId) ?? noFeedback;
    const hasFeedback = feedback !== noFeedback;
    const unit = unitId(requirement.unit);
    const currencyIndex = requirement.currency === null ? -1 : currencies.indexOf(requirement.currency);
    const target = requirement.targetPriceMinor === null ? null : Number(requirement.targetPriceMinor);
    const onDay = requirement.neededBy ?? context.today;
    const required = requirement.requiredCertifications;
    const zones = zoneRows(requirement.buyer.timeZone);
    const languages = languageRows(requirement.buyer.languages.join(","));
    // Certifications depend on the supplier's records and the product's list only: once per pair of them.
    const certificationValues = new Map<number, number | null>();
    const certificationSetCount = certificationSets.size;
    // Each candidate's best word overlap over its products: the text factor's upper bound.
    const bestMatchedOf = new Uint16Array(candidates.length);
    let maxMatched = 0;
    for (let c = 0; c < candidates.length; c++) {
      const { first, products } = candidates[c];
      let best = 0;
      for (let o = first, end = first + products.length; o < end; o++) if (matchedOf[o] > best) best = matchedOf[o];
      bestMatchedOf[c] = best;
      if (best > maxMatched) maxMatched = best;
    }
    // Candidates by best overlap, highest first (counting sort, stable by id): the top `cap` fills early with
    // strong pairs, so the bound below prunes most of the rest.
    const order = byOverlapDescending(bestMatchedOf, maxMatched);
    // Upper bound of the product factors other than text: each one at 1 where it can apply. A weighted mean of
    // values <= 1 only grows when a factor at 1 is added, so this bounds every product's score from above.
    const textWeight = requirement.termCount > 0 && w.text > 0 ? w.text : 0;
    let optionalWeight = 0;
    if (w.moq > 0) optionalWeight += w.moq;
    if (w.price > 0 && currencyIndex >= 0 && target !== null && target > 0) optionalWeight += w.price;
    if (w.certifications > 0 && required.length > 0) optionalWeight += w.certifications;
    const top = new TopKeys(cap);
    const alsoKeep = keptSuppliers.get(requirement.id);
    const extraKeys: number[] = [];

    for (let k = 0; k < order.length; k++) {
      const c = order[k];
      const { supplier, products, index, first } = candidates[c];
      // Organization factors, in scorePair's order: time zone, language, verified, history, feedback.
      let orgWeighted = 0;
      let orgTotal = 0;
      const zone = zones[index];
      if (!Number.isNaN(zone) && w.timeZone > 0) {
        orgWeighted += w.timeZone * zone;
        orgTotal += w.timeZone;
      }
      const language = languages[index];
      if (!Number.isNaN(language) && w.language > 0) {
        orgWeighted += w.language * language;
        orgTotal += w.language;
      }
      if (w.verified > 0) {
        orgWeighted += w.verified * verified[index];
        orgTotal += w.verified;
      }
      const past = history[index];
      if (past !== null && w.history > 0) {
        orgWeighted += w.history * past;
        orgTotal += w.history;
      }
      const dismissed = hasFeedback ? feedbackValue(feedback, supplier, requirement.categoryId) : null;
      if (dismissed !== null && w.feedback > 0) {
        orgWeighted += w.feedback * dismissed;
        orgTotal += w.feedback;
      }
      const kept = alsoKeep !== undefined && alsoKeep.has(supplier.id);
      if (top.full && !kept) {
        const boundWeighted =
          orgWeighted + optionalWeight + textWeight * (textValue(bestMatchedOf[c], requirement.termCount) ?? 0);
        const boundTotal = orgTotal + optionalWeight + textWeight;
        const bound = boundTotal === 0 ? 100 : (100 * boundWeighted) / boundTotal;
        // Strictly below the current last kept score (a tie may still win on the supplier id): cannot enter.
        if (Math.round(bound + 1e-9) < top.lowestScore) continue;
      }
      evaluatedPairs++;
      const preparedProducts = preparedOf(products);
      // Product factors, in scorePair's order: text, moq, price, certifications.
      let bestScore = -1;
      let bestMatched = -1;
      let bestId = "";
      let bestWeighted = 0;
      let bestTotal = 0;
      for (let p = 0; p < products.length; p++) {
        const product = products[p];
        const matched = matchedOf[first + p];
        let weighted = 0;
        let total = 0;
        const text = textValue(matched, requirement.termCount);
        if (text !== null && w.text > 0) {
          weighted += w.text * text;
          total += w.text;
        }
        const moq = moqValue(product.moq, preparedProducts.units[p] === unit, requirement.quantity);
        if (moq !== null && w.moq > 0) {
          weighted += w.moq * moq;
          total += w.moq;
        }
        const price = priceValue(currencyIndex < 0 ? null : preparedProducts.prices[p][currencyIndex], target);
        if (price !== null && w.price > 0) {
          weighted += w.price * price;
          total += w.price;
        }
        let certs: number | null = null;
        if (required.length > 0) {
          const key = index * certificationSetCount + preparedProducts.certifications[p];
          certs = certificationValues.get(key) ?? null;
          if (!certificationValues.has(key)) {
            certs = certificationsValue(required, product.certifications, supplier.certificates, onDay);
            certificationValues.set(key, certs);
          }
        }
        if (certs !== null && w.certifications > 0) {
          weighted += w.certifications * certs;
          total += w.certifications;
        }
        const score = scoreFromSums(weighted, total);
        if (
          score > bestScore ||
          (score === bestScore && (matched > bestMatched || (matched === bestMatched && product.id < bestId)))
        ) {
          bestScore = score;
          bestMatched = matched;
          bestId = product.id;
          bestWeighted = weighted;
          bestTotal = total;
        }
      }
      // The pair: the best product's sums, then the organization factors, added in scorePair's order.
      let weighted = bestWeighted;
      let total = bestTotal;
      if (!Number.isNaN(zone) && w.timeZone > 0) {
        weighted += w.timeZone * zone;
        total += w.timeZone;
      }
      if (!Number.isNaN(language) && w.language > 0) {
        weighted += w.language * language;
        total += w.language;
      }
      if (w.verified > 0) {
        weighted += w.verified * verified[index];
        total += w.verified;
      }
      if (past !== null && w.history > 0) {
        weighted += w.history * past;
        total += w.history;
      }
      if (dismissed !== null && w.feedback > 0) {
        weighted += w.feedback * dismissed;
        total += w.feedback;
      }
      // Higher score first, then the smaller supplier id (candidates are sorted by id): one sortable number.
      const key = scoreFromSums(weighted, total) * 1_000_000 + (999_999 - c);
      if (kept) extraKeys.push(key);
      else top.offer(key);
    }
    scoredPairs += candidates.length;

    // The best `cap` (kept pairs compete for ranks too), then kept pairs below them.
    const ranked = top.sortedDescending(extraKeys);
    for (let rank = 0; rank < ranked.length; rank++) {
      const c = 999_999 - (ranked[rank] % 1_000_000);
      const { supplier, products, first } = candidates[c];
      if (rank >= cap && !alsoKeep?.has(supplier.id)) continue;
      for (let p = 0; p < products.length; p++) products[p].matchedTerms = matchedOf[first + p];
      const pair = scorePair(
        requirement,
        requirement.buyer,
        supplier,
        products,
        feedback,
        context,
        (product) => convertProductPrice(product as ScoringProduct, requirement.currency, context.rates),
        supplierLevel(requirement, supplier, feedback),
      );
      rows.push({
        requirementId: requirement.id,
        supplierOrgId: supplier.id,
        score: pair.score,
        factors: pair.factors,
        bestProductId: pair.productIds[0] ?? null,
      });
    }
  }
  return { rows, scoredPairs, evaluatedPairs };
}

/** Per category subtree: its suppliers (sorted by id) and their products in it. */
function groupCandidates(pool: SessionPool): (categoryId: string) => CandidateGroup {
  const byCategory = new Map<string, PoolProduct[]>();
  for (const product of pool.products) {
    const list = byCategory.get(product.categoryId);
    if (list) list.push(product);
    else byCategory.set(product.categoryId, [product]);
  }
  const indexOf = new Map([...pool.suppliers.keys()].map((id, index) => [id, index]));
  const cache = new Map<string, CandidateGroup>();
  return (categoryId) => {
    let group = cache.get(categoryId);
    if (!group) {
      const bySupplier = new Map<string, PoolProduct[]>();
      for (const category of pool.subtreeOf(categoryId)) {
        for (const product of byCategory.get(category) ?? []) {
          const list = bySupplier.get(product.supplierOrgId);
          if (list) list.push(product);
          else bySupplier.set(product.supplierOrgId, [product]);
        }
      }
      let count = 0;
      const candidates = [...bySupplier]
        .filter(([id]) => pool.suppliers.has(id))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, products]) => {
          const candidate = { supplier: pool.suppliers.get(id)!, index: indexOf.get(id)!, products, first: count };
          count += products.length;
          return candidate;
        });
      const lists = new Map<number, number[]>();
      for (const candidate of candidates) {
        candidate.products.forEach((product, p) => {
          for (const id of product.termIds) {
            const list = lists.get(id);
            if (list) list.push(candidate.first + p);
            else lists.set(id, [candidate.first + p]);
          }
        });
      }
      const postings = new Map([...lists].map(([id, list]) => [id, Int32Array.from(list)]));
      group = { candidates, postings, matched: new Uint16Array(count) };
      cache.set(categoryId, group);
    }
    return group;
  };
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

/** Candidate positions ordered by `values` descending, ties in position order (a counting sort). */
function byOverlapDescending(values: Uint16Array, max: number): Int32Array {
  const starts = new Int32Array(max + 2);
  for (let c = 0; c < values.length; c++) starts[max - values[c] + 1]++;
  for (let v = 1; v < starts.length; v++) starts[v] += starts[v - 1];
  const order = new Int32Array(values.length);
  for (let c = 0; c < values.length; c++) order[starts[max - values[c]]++] = c;
  return order;
}

/** The `cap` largest keys seen (a min-heap), so the smallest of them is the score to beat. */
class TopKeys {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(private readonly cap: number) {
    this.heap = new Float64Array(Math.max(cap, 1));
  }

  get full(): boolean {
    return this.cap > 0 && this.size === this.cap;
  }

  /** The score of the smallest key kept (keys are score × 1,000,000 + tie-breaker). */
  get lowestScore(): number {
    return Math.floor(this.heap[0] / 1_000_000);
  }

  offer(key: number): void {
    const heap = this.heap;
    if (this.size < this.cap) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent] <= key) break;
        heap[i] = heap[parent];
        i = parent;
      }
      heap[i] = key;
      return;
    }
    if (this.cap === 0 || key <= heap[0]) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && heap[right] < heap[left] ? right : left;
      if (heap[child] >= key) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = key;
  }

  /** The kept keys and `extra`, largest first. */
  sortedDescending(extra: number[]): Float64Array {
    const all = new Float64Array(this.size + extra.length);
    all.set(this.heap.subarray(0, this.size));
    all.set(extra, this.size);
    return all.sort().reverse();
  }
}
