/**
 * How each throttled thing is counted. After `free` attempts in a window, each further
 * attempt must wait baseDelay * 2^(attempts - free) seconds, capped at maxDelay: a
 * guesser slows to a crawl while a person who mistyped a few times never waits long.
 */
export type ThrottlePolicy = {
  free: number;
  windowSeconds: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
};

const hour = 3600;

export const throttlePolicies = {
  /** Wrong passwords for one account from one address: the brute-force guard. */
  "signIn.pair": { free: 5, windowSeconds: hour, baseDelaySeconds: 1, maxDelaySeconds: 15 * 60 },
  /**
   * Wrong passwords for one account from all addresses together: a distributed attack.
   * High, so that one address hammering an account does not lock its owner out.
   */
  "signIn.account": { free: 50, windowSeconds: hour, baseDelaySeconds: 1, maxDelaySeconds: 15 * 60 },
  /** Wrong passwords from one address for any accounts: password spraying. */
  "signIn.address": { free: 30, windowSeconds: hour, baseDelaySeconds: 1, maxDelaySeconds: 15 * 60 },
  /** Sign-ups (accepted forms) from one address. */
  "signUp.address": { free: 5, windowSeconds: hour, baseDelaySeconds: 60, maxDelaySeconds: hour },
  /** "Send the link again" requests from one address, and for one e-mail address. */
  "verificationMail.address": { free: 5, windowSeconds: hour, baseDelaySeconds: 60, maxDelaySeconds: hour },
  "verificationMail.account": { free: 2, windowSeconds: hour, baseDelaySeconds: 120, maxDelaySeconds: hour },
} as const satisfies Record<string, ThrottlePolicy>;

export type ThrottleScope = keyof typeof throttlePolicies;

/** Seconds the next attempt must wait after `attempts` counted attempts in the window. */
export function delayAfter(policy: ThrottlePolicy, attempts: number): number {
  if (attempts < policy.free) return 0;
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (attempts - policy.free));
}
