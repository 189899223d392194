/** A half-open UTC range [start, end): back-to-back ranges touch but do not overlap. */
export type Interval = { start: Date; end: Date };

const ms = (i: Interval) => [i.start.getTime(), i.end.getTime()] as const;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorted, with overlapping and touching ranges joined; empty ranges dropped. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: [number, number][] = [];
  for (const interval of sorted) {
    const [start, end] = ms(interval);
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
}

/** The parts of `a` that also lie in `b` (both read as unions of ranges). */
export function intersectIntervals(a: Interval[], b: Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const start = Math.max(left[i].start.getTime(), right[j].start.getTime());
    const end = Math.min(left[i].end.getTime(), right[j].end.getTime());
    if (start < end) result.push({ start: new Date(start), end: new Date(end) });
    if (left[i].end < right[j].end) i++;
    else j++;
  }
  return result;
}

/** True when `inner` lies inside the union of `ranges` (adjacent ranges count as one). */
export function coveredBy(ranges: Interval[], inner: Interval): boolean {
  return mergeIntervals(ranges).some((range) => contains(range, inner));
}
