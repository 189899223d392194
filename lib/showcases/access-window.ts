/** The publisher may go on air this long before the announced start (lib/showcases/access.ts). */
export const PUBLISH_OPENS_BEFORE_MS = 10 * 60_000;
