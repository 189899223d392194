import { certificationsValue } from "../factors/certifications";
import { feedbackValue, noFeedback } from "../factors/feedback";
import { moqValue } from "../factors/moq";
import { priceValue } from "../factors/price";
import { textValue } from "../factors/text";
import type { LoadedRequirement } from "../load-requirements";
import { scoreFromSums } from "../score";
import type { BuyerFeedback, ScoringContext } from "../scoring-inputs";
import type { MatchWeights } from "../types";
import type { Candidate, CandidateGroup } from "./candidate-groups";
import type { SessionTables } from "./session-tables";
import { byOverlapDescending, rankKey, TopKeys } from "./top-keys";
import { addFactor, addOrganizationFactors, type OrganizationValues, type WeightedSums } from "./weighted-sums";

/** One requirement's terms, read once before its candidates are scored. */
type RequirementView = {
  requirement: LoadedRequirement;
  feedback: BuyerFeedback;
  unit: number;
  currencyIndex: number;
  target: number | null;
  onDay: string;
  zones: Float64Array;
  languages: Float64Array;
  /** Certifications depend on the supplier's records and the product's list only: once per pair of them. */
  certificationValues: Map<number, number | null>;
};

type Overlap = { bestMatchedOf: Uint16Array; maxMatched: number };

/**
 * Pass 1 for one requirement: every candidate scored with numbers only, pruned by an
 * upper bound once the best `cap` are known. Returns the rank keys of the best `cap`
 * and of the pairs to keep anyway, largest first, and how many pairs were computed.
 */
export function rankCandidates(
  requirement: LoadedRequirement,
  group: CandidateGroup,
  overlap: Overlap,
  tables: SessionTables,
  feedbackOf: (buyerOrgId: string) => BuyerFeedback,
  context: ScoringContext,
  cap: number,
): { ranked: Float64Array; evaluated: number } {
  const w = context.weights;
  const view = viewOf(requirement, tables, feedbackOf, context);
  // Candidates by best overlap, highest first (counting sort, stable by id): the top `cap` fills early with
  // strong pairs, so the bound below prunes most of the rest.
  const order = byOverlapDescending(overlap.bestMatchedOf, overlap.maxMatched);
  const optionalWeight = optionalProductWeight(view, w);
  const textWeight = requirement.termCount > 0 && w.text > 0 ? w.text : 0;
  const top = new TopKeys(cap);
  const alsoKeep = tables.keptSuppliersOf(requirement.id);
  const extraKeys: number[] = [];
  const organization: OrganizationValues = {
    zone: null,
    language: null,
    verified: 0,
    history: null,
    feedback: null,
    credit: null,
  };
  const orgSums: WeightedSums = { weighted: 0, total: 0 };
  const best: BestProduct = { score: -1, matched: -1, id: "", weighted: 0, total: 0 };
  const pair: WeightedSums = { weighted: 0, total: 0 };
  let evaluated = 0;

  for (let k = 0; k < order.length; k++) {
    const c = order[k];
    const candidate = group.candidates[c];
    readOrganizationValues(organization, candidate, view, tables);
    orgSums.weighted = 0;
    orgSums.total = 0;
    addOrganizationFactors(orgSums, organization, w);
    const kept = alsoKeep !== undefined && alsoKeep.has(candidate.supplier.id);
    if (top.full && !kept) {
      const boundWeighted =
        orgSums.weighted +
        optionalWeight +
        textWeight * (textValue(overlap.bestMatchedOf[c], requirement.termCount) ?? 0);
      const boundTotal = orgSums.total + optionalWeight + textWeight;
      const bound = boundTotal === 0 ? 100 : (100 * boundWeighted) / boundTotal;
      // Strictly below the current last kept score (a tie may still win on the supplier id): cannot enter.
      if (Math.round(bound + 1e-9) < top.lowestScore) continue;
    }
    evaluated++;
    findBestProduct(best, candidate, group.matched, view, tables, w);
    // The pair: the best product's sums, then the organization factors, added in scorePair's order.
    pair.weighted = best.weighted;
    pair.total = best.total;
    addOrganizationFactors(pair, organization, w);
    const key = rankKey(scoreFromSums(pair.weighted, pair.total), c);
    if (kept) extraKeys.push(key);
    else top.offer(key);
  }
  // The best `cap` (kept pairs compete for ranks too), then kept pairs below them.
  return { ranked: top.sortedDescending(extraKeys), evaluated };
}

function viewOf(
  requirement: LoadedRequirement,
  tables: SessionTables,
  feedbackOf: (buyerOrgId: string) => BuyerFeedback,
  context: ScoringContext,
): RequirementView {
  return {
    requirement,
    feedback: feedbackOf(requirement.buyerOrgId),
    unit: tables.unitId(requirement.unit),
    currencyIndex: tables.currencyIndex(requirement.currency),
    target: requirement.targetPriceMinor === null ? null : Number(requirement.targetPriceMinor),
    onDay: requirement.neededBy ?? context.today,
    zones: tables.zoneRow(requirement.buyer.timeZone),
    languages: tables.languageRow(requirement.buyer.languages.join(",")),
    certificationValues: new Map(),
  };
}

/**
 * Upper bound of the product factors other than text: each one at 1 where it can apply. A weighted mean of
 * values <= 1 only grows when a factor at 1 is added, so this bounds every product's score from above.
 */
function optionalProductWeight(view: RequirementView, w: MatchWeights): number {
  let weight = 0;
  if (w.moq > 0) weight += w.moq;
  if (w.price > 0 && view.currencyIndex >= 0 && view.target !== null && view.target > 0) weight += w.price;
  if (w.certifications > 0 && view.requirement.requiredCertifications.length > 0) weight += w.certifications;
  return weight;
}

function readOrganizationValues(
  into: OrganizationValues,
  candidate: Candidate,
  view: RequirementView,
  tables: SessionTables,
): void {
  const zone = view.zones[candidate.index];
  const language = view.languages[candidate.index];
  into.zone = Number.isNaN(zone) ? null : zone;
  into.language = Number.isNaN(language) ? null : language;
  into.verified = tables.verified[candidate.index];
  into.history = tables.history[candidate.index];
  into.credit = tables.credit[candidate.index];
  into.feedback =
    view.feedback === noFeedback ? null : feedbackValue(view.feedback, candidate.supplier, view.requirement.categoryId);
}

type BestProduct = WeightedSums & { score: number; matched: number; id: string };

/**
 * The candidate's best product as scorePair chooses it without a search relevance
 * (relevanceOf): the most matched words first, then its product factors (text, moq,
 * price, certifications, summed in scorePair's order), then the smaller product id.
 */
function findBestProduct(
  best: BestProduct,
  candidate: Candidate,
  matchedOf: Uint16Array,
  view: RequirementView,
  tables: SessionTables,
  w: MatchWeights,
): void {
  const { requirement } = view;
  const required = requirement.requiredCertifications;
  const prepared = tables.preparedOf(candidate.products);
  const sums: WeightedSums = { weighted: 0, total: 0 };
  best.score = -1;
  best.matched = -1;
  best.id = "";
  best.weighted = 0;
  best.total = 0;
  for (let p = 0; p < candidate.products.length; p++) {
    const product = candidate.products[p];
    const matched = matchedOf[candidate.first + p];
    sums.weighted = 0;
    sums.total = 0;
    addFactor(sums, w.text, textValue(matched, requirement.termCount));
    addFactor(sums, w.moq, moqValue(product.moq, prepared.units[p] === view.unit, requirement.quantity));
    addFactor(
      sums,
      w.price,
      priceValue(view.currencyIndex < 0 ? null : prepared.prices[p][view.currencyIndex], view.target),
    );
    if (required.length > 0) {
      const key = candidate.index * tables.certificationSetCount + prepared.certifications[p];
      if (!view.certificationValues.has(key)) {
        view.certificationValues.set(
          key,
          certificationsValue(required, product.certifications, candidate.supplier.certificates, view.onDay),
        );
      }
      addFactor(sums, w.certifications, view.certificationValues.get(key) ?? null);
    }
    const score = scoreFromSums(sums.weighted, sums.total);
    if (
      matched > best.matched ||
      (matched === best.matched && (score > best.score || (score === best.score && product.id < best.id)))
    ) {
      best.score = score;
      best.matched = matched;
      best.id = product.id;
      best.weighted = sums.weighted;
      best.total = sums.total;
    }
  }
}
