/**
 * The demo's broadcaster: keeps the demo supplier's showcase of the live edition on air, so a
 * newcomer who opens it sees a live stream at once. It asks the app's own domain functions for
 * the supplier's credentials (lib/showcases/media/showcase-media.ts: the same access rules and
 * tokens as the browser gets), then publishes a test picture and tone through the headless
 * publisher (scripts/janus/rtp-publisher.ts) and marks the showcase live. Started by
 * scripts/app.ts next to a local Janus (DEMO_BROADCASTER=off leaves it out; the e2e server does).
 *
 *   tsx --conditions=react-server scripts/janus/demo-broadcaster.ts   (with DATABASE_URL and JANUS_* set)
 */
import "dotenv/config";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { markLive, publishCredentials } from "@/lib/showcases/media/showcase-media";
import { JanusSession, startRtpPublisher } from "./rtp-publisher";

const SUPPLIER = "supplier@fairbridge.demo";
const LIVE_FAIR = "zhejiang-export-russia-live";
const CHECK_MS = 30_000;

type OnAir = { showcaseId: string; endsAt: Date; close(): Promise<void> };

async function showcaseToBroadcast(now: Date) {
  return db.showcase.findFirst({
    where: {
      createdBy: { email: SUPPLIER },
      session: { fair: { slug: LIVE_FAIR } },
      status: "APPROVED",
      liveEndedAt: null,
      startsAt: { lte: new Date(now.getTime() + 10 * 60_000) },
      endsAt: { gt: now },
    },
    orderBy: { startsAt: "asc" },
    select: { id: true, endsAt: true, createdById: true },
  });
}

async function goOnAir(): Promise<OnAir | null> {
  const now = new Date();
  const showcase = await showcaseToBroadcast(now);
  const actor = showcase?.createdById ? await loadActor(showcase.createdById) : null;
  if (!showcase || !actor) return null;
  const credentials = await publishCredentials(actor, showcase.id, now);
  const session = await JanusSession.open(process.env.JANUS_URL ?? credentials.janusUrl, credentials.token);
  const publisher = await startRtpPublisher(session, credentials.room, credentials.token, credentials.feedId);
  await markLive(actor, showcase.id, new Date());
  console.log(`[demo broadcaster] on air: showcase ${showcase.id} until ${showcase.endsAt.toISOString()}`);
  return {
    showcaseId: showcase.id,
    endsAt: showcase.endsAt,
    close: async () => {
      await publisher.close();
      session.close();
    },
  };
}

async function main() {
  let onAir: OnAir | null = null;
  const stop = async () => {
    await onAir?.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  for (;;) {
    try {
      if (onAir && onAir.endsAt <= new Date()) {
        await onAir.close();
        onAir = null;
      }
      onAir ??= await goOnAir();
    } catch (error) {
      console.warn(`[demo broadcaster] not on air: ${(error as Error).message}`);
      await onAir?.close().catch(() => undefined);
      onAir = null;
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_MS));
  }
}

void main();
