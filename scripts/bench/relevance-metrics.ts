/**
 * Ranking metrics of the judged search and matching sets (issue 16), as search
 * teams define them:
 *
 * - DCG@k = Σ_{i=1..k} (2^rel_i − 1) / log2(i + 1), rel_i the judged grade of the
 *   result at rank i (0 when unjudged);
 * - NDCG@k = DCG@k / IDCG@k, IDCG@k the DCG of every judged grade sorted best first
 *   (the ideal ranking of the judged list); a query judging nothing relevant has no
 *   NDCG (the caller leaves it out);
 * - recall@k (capped) = relevant items in the top k / min(k, relevant items), so a
 *   query with more than k relevant items can still reach 1 (BEIR's "R_cap");
 *   "relevant" is a grade of at least `minGrade` (TREC Deep Learning counts grade 2
 *   and up for its binary metrics; grade 1 "related" still earns NDCG gain).
 */

/** Discounted cumulative gain of `grades` (best rank first) cut at `k`. */
export function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  return sum;
}

/**
 * NDCG@k of a ranking: `ranked` the returned ids best first, `judged` the grade of
 * every id judged relevant (> 0); unjudged ids count 0. Throws without relevant ids.
 */
export function ndcgAt(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const ideal = dcg(
    [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) throw new Error("ndcgAt: no relevant item judged");
  return (
    dcg(
      ranked.map((id) => judged.get(id) ?? 0),
      k,
    ) / ideal
  );
}

/** Capped recall@k: ids graded `minGrade` or more in the first k / min(k, such ids). */
export function recallAt(
  ranked: readonly string[],
  judged: ReadonlyMap<string, number>,
  k: number,
  minGrade = 1,
): number {
  const relevant = [...judged.values()].filter((g) => g >= minGrade).length;
  if (relevant === 0) throw new Error("recallAt: no relevant item judged");
  const found = ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) >= minGrade).length;
  return found / Math.min(k, relevant);
}

/** The arithmetic mean, 0 for no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
