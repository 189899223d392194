import type { ThrottleKey } from "@/lib/throttle/throttle";

/**
 * The three counters a password attempt is taken under (policies in lib/throttle/policies.ts):
 * the account from this address (strict: stops brute force), the account from anywhere
 * (high: a distributed attack) and the address for any account (password spraying).
 * Someone hammering an account from one address slows only that pair, so its owner
 * signs in from elsewhere.
 */
export function signInThrottleKeys(email: string, clientAddress: string) {
  const pair: ThrottleKey = { scope: "signIn.pair", key: `${email}|${clientAddress}` };
  const account: ThrottleKey = { scope: "signIn.account", key: email };
  const address: ThrottleKey = { scope: "signIn.address", key: clientAddress };
  return { pair, account, address, all: [pair, account, address] };
}
