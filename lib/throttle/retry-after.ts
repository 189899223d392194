/** A refused attempt's wait as message parameters: whole minutes from 90 s on, else seconds. */
export function retryAfterParams({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  return retryAfterSeconds >= 90
    ? { unit: "minutes", count: Math.ceil(retryAfterSeconds / 60) }
    : { unit: "seconds", count: retryAfterSeconds };
}
