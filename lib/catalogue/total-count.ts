/**
 * Totals of a catalogue search are counted exactly up to this many matches (a
 * LIMIT'ed count: the cost of a search must not grow with its matches); a larger
 * result says "1,000+" and its total is TOTAL_COUNT_LIMIT + 1.
 */
export const TOTAL_COUNT_LIMIT = 1000;

export const totalIsCapped = (total: number) => total > TOTAL_COUNT_LIMIT;
