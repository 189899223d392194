import { BlockList, isIP } from "node:net";

/**
 * The header through which the app's own HTTP server (scripts/server.ts) hands the
 * client's address to route handlers and server actions. The server overwrites any
 * copy a client sends, so nothing outside the server can set it.
 */
export const CLIENT_ADDRESS_HEADER = "x-fairbridge-client-address";

/** Set in the environment by scripts/server.ts; without it the header above is not trusted. */
export const CLIENT_ADDRESS_SERVER_FLAG = "FAIRBRIDGE_CLIENT_ADDRESS_HEADER";

/** The address the app counts sign-in and sign-up attempts under when it cannot tell. */
export const UNKNOWN_ADDRESS = "unknown";

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is the IPv4 address itself. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1];
  const version = isIP(address);
  if (version === 0) return null;
  return version === 6 ? address.toLowerCase() : address;
}

export type TrustedProxies = { list: BlockList; count: number };

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of the reverse proxies in
 * front of the app ("10.0.0.0/8, 2001:db8::/32"). Empty (the default) trusts none, so
 * X-Forwarded-For is ignored. An entry that is not an address or range is an error.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let count = 0;
  for (const entry of (value ?? "").split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const [base, prefixText] = entry.split("/");
    const address = normalizeAddress(base);
    const type = address && isIP(address) === 6 ? "ipv6" : "ipv4";
    const prefix = prefixText === undefined ? undefined : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    const maxPrefix = type === "ipv6" ? 128 : 32;
    if (!address || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
    count += 1;
  }
  return { list, count };
}

function isTrusted(address: string, proxies: TrustedProxies): boolean {
  return proxies.count > 0 && proxies.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it saw) and
 * the first hop that is not a trusted proxy is the client. A malformed hop ends the
 * walk at the last trusted proxy, since everything left of it may be forged.
 */
export function clientAddressOf(
  { socketAddress, forwardedFor }: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined },
  proxies: TrustedProxies,
): string {
  let current = normalizeAddress(socketAddress ?? "");
  if (!current) return UNKNOWN_ADDRESS;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isTrusted(current, proxies) && hops.length > 0) {
    const next = normalizeAddress(hops.pop()!);
    if (!next) break;
    current = next;
  }
  return current;
}
