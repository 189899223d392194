/** Candidate positions ordered by `values` descending, ties in position order (a counting sort). */
export function byOverlapDescending(values: Uint16Array, max: number): Int32Array {
  const starts = new Int32Array(max + 2);
  for (let c = 0; c < values.length; c++) starts[max - values[c] + 1]++;
  for (let v = 1; v < starts.length; v++) starts[v] += starts[v - 1];
  const order = new Int32Array(values.length);
  for (let c = 0; c < values.length; c++) order[starts[max - values[c]]++] = c;
  return order;
}

/**
 * A pair's rank as one sortable number: higher score first, then the smaller supplier id
 * (candidates are sorted by id, so the smaller position).
 */
export function rankKey(score: number, candidatePosition: number): number {
  return score * 1_000_000 + (999_999 - candidatePosition);
}

/** The candidate position a rankKey was made from. */
export function candidateOfKey(key: number): number {
  return 999_999 - (key % 1_000_000);
}

/** The `cap` largest keys seen (a min-heap), so the smallest of them is the score to beat. */
export class TopKeys {
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
