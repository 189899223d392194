import { expect, test } from "./support/test";

// An operator's load balancer and orchestrator ask the running production server whether
// it lives and whether it may get traffic; neither answer is cached or needs a session.
// A page that fails on the server cannot be provoked safely from outside (and no crash
// route is shipped for tests): tests/error-pages.test.ts renders the error pages instead.

test("health answers ok and readiness reports its checks, both uncached and without signing in", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
});

test("an API failure answers the calm envelope, never internals", async ({ request }) => {
  const response = await request.get("/api/v1/meetings", { headers: { authorization: "Bearer fb_not-a-token" } });
  expect(response.status()).toBe(401);
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  expect(text).not.toMatch(/\bat .*\.(js|ts):\d+|node_modules|prisma/i);
});
