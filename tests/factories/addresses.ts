let counter = 0;

/** A distinct client address per call, from 198.18.0.0/15 (reserved for network tests). */
export function uniqueAddress(): string {
  counter += 1;
  return `198.18.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
}
