/** The header that carries a request's id: set by proxy.ts, read by lib/log.ts, echoed in responses. */
export const requestIdHeader = "x-request-id";
