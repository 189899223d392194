import type { PoolProduct } from "../load-session-products";
import type { ScoringSupplier } from "../scoring-inputs";

export type Candidate = { supplier: ScoringSupplier; index: number; products: PoolProduct[]; first: number };

/**
 * The candidates of one category subtree: suppliers sorted by id, their products
 * numbered consecutively (candidate.first + position), and an inverted index from
 * word id to product numbers, so a requirement's word overlap with every product
 * costs one pass over the postings of its ~20 words instead of every product's words.
 */
export type CandidateGroup = { candidates: Candidate[]; postings: Map<number, Int32Array>; matched: Uint16Array };

type GroupingPool = {
  products: PoolProduct[];
  suppliers: Map<string, ScoringSupplier>;
  subtreeOf: (categoryId: string) => ReadonlySet<string>;
};

/** Per category subtree: its suppliers (sorted by id) and their products in it, built once per subtree. */
export function groupCandidates(pool: GroupingPool): (categoryId: string) => CandidateGroup {
  const byCategory = groupBy(pool.products, (product) => product.categoryId);
  const indexOf = new Map([...pool.suppliers.keys()].map((id, index) => [id, index]));
  const cache = new Map<string, CandidateGroup>();
  return (categoryId) => {
    let group = cache.get(categoryId);
    if (!group) {
      const inSubtree = [...pool.subtreeOf(categoryId)].flatMap((category) => byCategory.get(category) ?? []);
      let count = 0;
      const candidates = [...groupBy(inSubtree, (product) => product.supplierOrgId)]
        .filter(([id]) => pool.suppliers.has(id))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, products]) => {
          const candidate = { supplier: pool.suppliers.get(id)!, index: indexOf.get(id)!, products, first: count };
          count += products.length;
          return candidate;
        });
      group = { candidates, postings: postingsOf(candidates), matched: new Uint16Array(count) };
      cache.set(categoryId, group);
    }
    return group;
  };
}

/**
 * Counts, into `group.matched`, how many of the requirement's words each product has,
 * and returns each candidate's best count (the text factor's upper bound) and the maximum.
 */
export function countWordOverlap(group: CandidateGroup, termIds: Int32Array) {
  const { candidates, matched } = group;
  matched.fill(0);
  for (const id of termIds) {
    const postings = group.postings.get(id);
    if (postings) for (const ordinal of postings) matched[ordinal]++;
  }
  const bestMatchedOf = new Uint16Array(candidates.length);
  let maxMatched = 0;
  for (let c = 0; c < candidates.length; c++) {
    const { first, products } = candidates[c];
    let best = 0;
    for (let o = first, end = first + products.length; o < end; o++) if (matched[o] > best) best = matched[o];
    bestMatchedOf[c] = best;
    if (best > maxMatched) maxMatched = best;
  }
  return { bestMatchedOf, maxMatched };
}

function postingsOf(candidates: Candidate[]): Map<number, Int32Array> {
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
  return new Map([...lists].map(([id, list]) => [id, Int32Array.from(list)]));
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
