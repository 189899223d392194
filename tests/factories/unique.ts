import { randomBytes } from "node:crypto";

// Several files run at once, each on its own database, but a file may also call a
// factory many times: a per-process prefix plus a counter keeps values distinct.
const prefix = randomBytes(3).toString("hex");
let counter = 0;

/** Lower-case letters and digits only, so it fits slugs, e-mails and names alike. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function uniqueEmail(label = "user"): string {
  return `${label}-${uniqueSuffix()}@example.test`;
}

/**
 * Makes `count` things a few at a time: password hashing saturates the CPU and
 * each sign-up holds a pooled connection, so a flood would only queue and time out.
 */
export async function createMany<T>(count: number, make: (index: number) => Promise<T>, batchSize = 4): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - start) }, (_, i) => make(start + i));
    made.push(...(await Promise.all(batch)));
  }
  return made;
}
