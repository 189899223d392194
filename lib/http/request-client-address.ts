import "server-only";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SERVER_FLAG, normalizeAddress, UNKNOWN_ADDRESS } from "./client-address";
import { log } from "@/lib/log";

type HeaderSource = Headers | Record<string, unknown> | undefined;

let warned = false;

function headerValue(headers: HeaderSource, name: string): unknown {
  if (!headers) return undefined;
  return headers instanceof Headers ? headers.get(name) : headers[name];
}

/**
 * The client's address as scripts/server.ts determined it from the socket and
 * TRUSTED_PROXIES. Under a server that does not set it (plain `next start`), a
 * client could send the header itself, so it is ignored and every client counts
 * as one "unknown" address (stricter, never spoofable); a warning says so once.
 */
export function requestClientAddress(headers: HeaderSource): string {
  if (process.env[CLIENT_ADDRESS_SERVER_FLAG] !== "1") {
    if (!warned) {
      warned = true;
      log.warn("client address: not started through scripts/server.ts; all clients share one address for rate limits");
    }
    return UNKNOWN_ADDRESS;
  }
  const value = headerValue(headers, CLIENT_ADDRESS_HEADER);
  return (typeof value === "string" && normalizeAddress(value)) || UNKNOWN_ADDRESS;
}
