/**
 * FairBridge's HTTP server: Next.js behind a plain node:http server (Next's documented
 * custom-server API), so that the client's address comes from the socket. Next itself
 * passes a client's own X-Forwarded-For through unchanged, so a route handler cannot tell
 * a forged one from a proxy's; here the address is computed from the socket and
 * TRUSTED_PROXIES (lib/http/client-address.ts) and handed on in a private header that
 * overwrites any copy the client sent.
 *   tsx scripts/server.ts start|dev [-p PORT]
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_SERVER_FLAG,
  clientAddressOf,
  parseTrustedProxies,
} from "../lib/http/client-address";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: "string", short: "p", default: process.env.PORT ?? "3000" } },
});
const dev = positionals[0] === "dev";
const port = Number(values.port);
const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
process.env[CLIENT_ADDRESS_SERVER_FLAG] = "1";

const httpServer = createServer();
const app = next({ dev, dir: process.cwd(), port, httpServer, ...(dev ? { turbopack: true } : {}) });

async function main() {
  await app.prepare();
  const handle = app.getRequestHandler();
  httpServer.on("request", (req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      { socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"] },
      proxies,
    );
    void handle(req, res);
  });
  httpServer.listen(port, () => {
    const trusted = proxies.count
      ? `${proxies.count} trusted prox${proxies.count === 1 ? "y" : "ies"}`
      : "no trusted proxy";
    console.log(`[fairbridge] ${dev ? "dev" : "production"} server on port ${port} (${trusted})`);
  });
}

const stop = () => {
  httpServer.close(() => void app.close().finally(() => process.exit(0)));
  // Keep-alive and streaming (SSE) connections would otherwise hold the close open.
  httpServer.closeAllConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
