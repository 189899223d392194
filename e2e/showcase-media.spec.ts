import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "./support/test";
import { withFakeCamera } from "./support/browser-launch";
import { demo, signIn } from "./support/accounts";
import { fabricSessionId, withE2eDatabase } from "./support/test-database";

// Live showcases through the real Janus server the e2e server started (scripts/janus/local-janus.ts):
// a supplier broadcasts Chromium's fake camera and microphone, three buyers receive video and
// audio (frames decoded and samples received rising, a picture in the video element), the replay
// plays after the broadcast ends; another supplier may not publish, an unapproved buyer may not
// watch (page and API); a browser without camera permission and a browser that cannot reach
// Janus get clear messages while the rest of the page works. The showcase is written straight
// into the database for a supplier of the live edition that has none, starting now.

const port = Number(process.env.E2E_PORT ?? 3100);
// playwright.config.ts starts the e2e server's Janus on the app's port + 5000.
const janusOrigin = `http://127.0.0.1:${port + 5_000}`;
const shots = process.env.SHOTS_DIR ?? "e2e/screenshots";
const shoot = (page: Page, name: string) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

test.use(withFakeCamera);
// Five Chromium contexts with live video on two shared cores: generous.
test.describe.configure({ mode: "serial", timeout: 360_000 });

type Cast = {
  showcaseId: string;
  supplier: string;
  viewers: string[];
  outsider: string;
};

/** A supplier and three buyers approved for the live fabric session, and a buyer who is not. */
async function castAndShowcase(): Promise<Cast> {
  return withE2eDatabase(async (client) => {
    const sessionId = await fabricSessionId(client, "zhejiang-export-russia-live");
    const approved = (kind: string) =>
      client.query<{ email: string; organizationId: string }>(
        `SELECT DISTINCT ON (o.id) u.email, o.id AS "organizationId"
           FROM "User" u JOIN "Organization" o ON o.id = u."organizationId"
           JOIN "SessionRegistration" r ON r."organizationId" = o.id AND r."sessionId" = $1 AND r.status = 'APPROVED'
          WHERE o.kind = $2 AND o.status = 'APPROVED' AND u."disabledAt" IS NULL AND u.email <> ALL($3)
            AND u.email LIKE '%@fairbridge.demo' -- demo-seed people (known password), not other journeys' sign-ups
          ORDER BY o.id, u.email`,
        // The demo supplier has its own showcase on now; any approved buyer may watch.
        [sessionId, kind, [demo.supplier]],
      );
    const suppliers = (await approved("SUPPLIER")).rows;
    const buyers = (await approved("BUYER")).rows;
    const outsider = await client.query<{ email: string }>(
      `SELECT u.email FROM "User" u JOIN "Organization" o ON o.id = u."organizationId"
        -- A demo-seed buyer (known password), not one another journey signed up.
        WHERE o.kind = 'BUYER' AND u."disabledAt" IS NULL AND u.email LIKE '%@fairbridge.demo' AND NOT EXISTS (
          SELECT 1 FROM "SessionRegistration" r WHERE r."organizationId" = o.id AND r."sessionId" = $1 AND r.status = 'APPROVED')
        ORDER BY u.email LIMIT 1`,
      [sessionId],
    );
    // An earlier attempt's showcases (a retry) would leave no supplier free: cancel them first.
    await client.query(
      `UPDATE "Showcase" SET status = 'CANCELLED', "cancelledAt" = now(), "updatedAt" = now()
        WHERE id LIKE 'e2emedia%' AND status IN ('PENDING', 'APPROVED') AND "endsAt" > now()`,
    );
    // A supplier without a showcase around now (the demo seeds its own live showcase).
    const free = await client.query<{ organizationId: string }>(
      `SELECT o."organizationId" FROM unnest($1::text[]) AS o("organizationId")
        WHERE NOT EXISTS (SELECT 1 FROM "Showcase" s WHERE s."organizationId" = o."organizationId"
                            AND s.status IN ('PENDING', 'APPROVED') AND s."endsAt" > now() - interval '1 hour')
        LIMIT 1`,
      [suppliers.map((row) => row.organizationId)],
    );
    const supplierOrg = free.rows[0]?.organizationId;
    const supplier = suppliers.find((row) => row.organizationId === supplierOrg);
    if (!supplier || buyers.length < 3 || !outsider.rows[0])
      throw new Error("the demo seed lacks the cast of this journey");
    const showcaseId = `e2emedia${randomBytes(8).toString("hex")}`;
    await client.query(
      `INSERT INTO "Showcase" (id, "sessionId", "organizationId", "titleEn", "titleZh", "titleRu", "startsAt", "endsAt",
         status, "updatedAt")
       VALUES ($1, $2, $3, 'Zipper line live', '拉链生产线直播', 'Линия молний в эфире', now() - interval '1 minute',
         now() + interval '30 minutes', 'APPROVED', now())`,
      [showcaseId, sessionId, supplier.organizationId],
    );
    return {
      showcaseId,
      supplier: supplier.email,
      viewers: buyers.slice(0, 3).map((row) => row.email),
      outsider: outsider.rows[0].email,
    };
  });
}

async function person(browser: Browser, email: string, locale = "en"): Promise<Page> {
  const context = await browser.newContext({ permissions: ["camera", "microphone"] });
  const page = await context.newPage();
  await signIn(page, email, undefined, locale);
  return page;
}

/** Video frames decoded and audio samples received on the viewer's connection (inbound-rtp). */
function inbound(page: Page) {
  return page.evaluate(async () => {
    const pc = (
      window as unknown as { fairbridgeShowcase?: { connection(): RTCPeerConnection | null } }
    ).fairbridgeShowcase?.connection();
    let video = 0;
    let audio = 0;
    if (!pc) return { video, audio };
    (await pc.getStats()).forEach((report) => {
      if (report.type !== "inbound-rtp") return;
      if (report.kind === "video") video += report.framesDecoded ?? 0;
      if (report.kind === "audio") audio += report.totalSamplesReceived ?? 0;
    });
    return { video, audio };
  });
}

let cast: Cast;

test.beforeAll(async () => {
  cast = await castAndShowcase();
});

test("a supplier broadcasts, three buyers watch with video and audio, the replay plays afterwards", async ({
  browser,
}) => {
  const supplier = await person(browser, cast.supplier);
  // One after the other: parallel sign-ins from one address meet the sign-in throttle.
  const viewers: Page[] = [];
  for (const email of cast.viewers) viewers.push(await person(browser, email));

  // Before the supplier goes live, viewers wait.
  await viewers[0].goto(`/en/showcases/${cast.showcaseId}`);
  await expect(viewers[0].getByTestId("viewer-waiting")).toBeVisible({ timeout: 20_000 });

  await supplier.goto(`/en/showcases/${cast.showcaseId}`);
  await expect(supplier.getByTestId("go-live")).toBeEnabled({ timeout: 20_000 });
  await expect
    .poll(() => supplier.getByTestId("publisher-preview").evaluate((v) => (v as HTMLVideoElement).videoWidth))
    .toBeGreaterThan(0);
  await shoot(supplier, "showcase-publisher-preview-en");
  await supplier.getByTestId("go-live").click();
  await expect(supplier.getByTestId("publisher-live")).toBeVisible({ timeout: 30_000 });

  await Promise.all(viewers.slice(1).map((page) => page.goto(`/en/showcases/${cast.showcaseId}`)));
  for (const page of viewers) {
    await expect(page.getByTestId("showcase-viewer")).toHaveAttribute("data-phase", "live", { timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId("showcase-video").evaluate((v) => (v as HTMLVideoElement).videoWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await expect.poll(async () => (await inbound(page)).audio, { timeout: 30_000 }).toBeGreaterThan(0);
  }
  const before = await Promise.all(viewers.map(inbound));
  await viewers[0].waitForTimeout(3000);
  const after = await Promise.all(viewers.map(inbound));
  after.forEach((now, index) => {
    expect(now.video, `viewer ${index} video frames`).toBeGreaterThan(before[index].video + 20);
    expect(now.audio, `viewer ${index} audio samples`).toBeGreaterThan(before[index].audio);
  });
  await shoot(viewers[0], "showcase-viewer-live-en");
  await shoot(supplier, "showcase-publisher-live-en");

  // The third viewer has seen enough: fewer streams for the busy machine.
  await viewers[2].context().close();

  // A browser that cannot reach Janus says so; the rest of the page works.
  const cut = await person(browser, cast.viewers[0], "ru");
  await cut.route(`${janusOrigin}/**`, (route) => route.abort("connectionrefused"));
  await cut.goto(`/ru/showcases/${cast.showcaseId}`);
  await expect(cut.getByTestId("viewer-problem")).toHaveAttribute("data-problem", "janusUnreachable", {
    timeout: 30_000,
  });
  await expect(cut.getByTestId("viewer-problem")).toContainText("Видеосервер");
  await expect(cut.getByTestId("showcase-title")).toBeVisible();
  await shoot(cut, "showcase-viewer-unreachable-ru");
  await cut.getByRole("link", { name: /←/ }).first().click();
  await expect(cut).toHaveURL(/\/ru\/fairs\/.+\/showcases/);
  await cut.context().close();

  // The supplier ends the broadcast: viewers see it end, then the replay plays.
  await supplier.getByTestId("stop-live").click();
  await expect(supplier.getByTestId("publisher-ended")).toBeVisible({ timeout: 20_000 });
  await expect(viewers[0].getByTestId("showcase-viewer")).toHaveAttribute("data-phase", /ended|connecting/, {
    timeout: 20_000,
  });
  const watcher = viewers[1];
  await expect
    .poll(
      async () => {
        await watcher.goto(`/zh/showcases/${cast.showcaseId}`);
        return watcher.getByTestId("showcase-replay").getAttribute("data-status", { timeout: 10_000 });
      },
      { timeout: 180_000, intervals: [3000] },
    )
    .toBe("READY");
  const replay = watcher.getByTestId("replay-video");
  await replay.evaluate((v) => {
    const video = v as HTMLVideoElement;
    video.muted = true;
    return video.play();
  });
  const start = await replay.evaluate((v) => (v as HTMLVideoElement).currentTime);
  await expect
    .poll(() => replay.evaluate((v) => (v as HTMLVideoElement).currentTime), { timeout: 15_000 })
    .toBeGreaterThan(start + 1);
  expect(await replay.evaluate((v) => (v as HTMLVideoElement).videoWidth)).toBeGreaterThan(0);
  await shoot(watcher, "showcase-replay-zh");

  // The recording is served with HTTP Range.
  const ranged = await watcher.request.get(`/api/showcases/${cast.showcaseId}/media/recording`, {
    headers: { Range: "bytes=0-99" },
  });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
  expect((await ranged.body()).length).toBe(100);
  await Promise.all([supplier, viewers[0], viewers[1]].map((page) => page.context().close()));
});

test("another supplier may not broadcast and an unapproved buyer may not watch", async ({ browser }) => {
  // The demo supplier takes part in the session: it may watch, never publish.
  const other = await person(browser, demo.supplier);
  await other.goto(`/en/showcases/${cast.showcaseId}`);
  await expect(other.getByTestId("showcase-title")).toBeVisible();
  await expect(other.getByTestId("go-live")).toHaveCount(0);
  const publish = await other.request.post(`/api/showcases/${cast.showcaseId}/media/publish`);
  expect(publish.status()).toBe(403);
  expect((await publish.json()).error).toMatchObject({ code: "FORBIDDEN", key: "forbidden" });
  const stop = await other.request.post(`/api/showcases/${cast.showcaseId}/media/stop`);
  expect(stop.status()).toBe(403);

  const outsider = await person(browser, cast.outsider);
  await outsider.goto(`/en/showcases/${cast.showcaseId}`);
  await expect(outsider.getByTestId("showcase-refused")).toBeVisible();
  await expect(outsider.getByTestId("showcase-viewer")).toHaveCount(0);
  const watch = await outsider.request.post(`/api/showcases/${cast.showcaseId}/media/watch`);
  expect(watch.status()).toBe(403);
  expect((await watch.json()).error).toMatchObject({ code: "FORBIDDEN", key: "forbidden" });
  const recording = await outsider.request.get(`/api/showcases/${cast.showcaseId}/media/recording`);
  expect(recording.status()).toBe(403);

  // Nobody signed in: 401 for publishing; a made-up showcase id is a 404.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.post(`/api/showcases/${cast.showcaseId}/media/publish`)).status()).toBe(401);
  expect((await anonymous.request.post(`/api/showcases/nosuchshowcase00/media/watch`)).status()).toBe(404);
  await Promise.all([other.context().close(), outsider.context().close(), anonymous.close()]);
});

test("a browser without camera permission gets a clear message", async ({ browser }) => {
  // A camera exists, but the person blocked it for the site. Headless Chromium has no
  // permission prompt to block (its fake devices open regardless), so the page gets what a
  // blocking browser answers: getUserMedia rejects with NotAllowedError.
  const replacement = await castAndShowcase();
  const context = await browser.newContext();
  await context.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
    navigator.mediaDevices.getDisplayMedia = () =>
      Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  try {
    const page = await context.newPage();
    await signIn(page, replacement.supplier);
    await page.goto(`/en/showcases/${replacement.showcaseId}`);
    await expect(page.getByTestId("publisher-problem")).toHaveAttribute("data-problem", "noPermission", {
      timeout: 20_000,
    });
    await expect(page.getByTestId("publisher-problem")).toContainText("did not allow the camera");
    await expect(page.getByTestId("go-live")).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, "showcase-publisher-no-permission-en-phone");
  } finally {
    await context.close();
  }
});
