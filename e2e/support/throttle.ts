import { withE2eDatabase } from "./test-database";

/**
 * Forgets the sign-in and sign-up counters. Every journey comes from 127.0.0.1, and a
 * reused server (reuseExistingServer) keeps them: journeys that sign up or fail on
 * purpose start from a clean slate, so they can be repeated within the hour.
 */
export function clearThrottles(): Promise<void> {
  return withE2eDatabase(async (client) => {
    await client.query(`DELETE FROM "AuthThrottle"`);
  });
}
