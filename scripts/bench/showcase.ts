/**
 * Live showcase numbers (issue 17): one publisher and as many viewers as this machine holds, all
 * through a real Janus (the configuration `npm run dev` generates) started by this script.
 *
 *   npm run bench:showcase -- [--levels 1,5,10,20,40] [--seconds 10] [--port 38500]
 *
 * The publisher is ffmpeg (640x480 test picture at 20 fps, VP8 ~600 kbit/s, a 440 Hz tone in Opus)
 * sending RTP into a werift peer connection; viewers are werift peer connections (pure TypeScript
 * WebRTC: DTLS, SRTP, no browser), all in this process. Per level it prints
 *   - join to first frame (p50/p95): from the viewer's join request to the first VP8 key frame
 *     and to the first video packet;
 *   - Janus CPU (fraction of one core over the steady window) and per viewer: (level - idle) / viewers;
 *   - the app's CPU per viewer: the work one watch credential costs the app (its Janus admin and
 *     videoroom calls: participants, add_token, allowed), measured in this process. Media never
 *     passes through Next.js, so a watching viewer costs the app nothing after joining.
 * It stops raising the level when a viewer cannot join within 15 s or the load generator (this
 * process) uses more than 90% of a core: the machine, not Janus, is then the limit.
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { RTCPeerConnection, type RtpPacket } from "werift";
import { JanusSession, mediaCodecs as codecs, startRtpPublisher } from "../janus/rtp-publisher";
import { startLocalJanus, type LocalJanus } from "../janus/local-janus";
import { JanusApi } from "../../lib/showcases/media/janus-api";
import { janusSettings } from "../../lib/showcases/media/janus-settings";
import { mintFeedId, mintMediaToken, randomRoomId, roomSecret } from "../../lib/showcases/media/media-tokens";

const { values } = parseArgs({
  options: {
    levels: { type: "string", default: "1,5,10,20,40,60" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "38500" },
  },
});
const levels = values.levels.split(",").map(Number);
const seconds = Number(values.seconds);

function ticksOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU of `pid` as a fraction of one core over `ms`. */
async function cpuOver(pid: number, ms: number): Promise<number> {
  const before = ticksOf(pid);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ((ticksOf(pid) - before) * 10) / (Date.now() - started);
}

function selfCpuOver(ms: number): Promise<number> {
  return cpuOver(process.pid, ms);
}

/** VP8 key frame: the first packet of a frame (S bit, partition 0) whose payload header has P = 0. */
function isVp8KeyFrameStart(packet: RtpPacket): boolean {
  const payload = packet.payload;
  if (payload.length < 2) return false;
  let offset = 1;
  const x = payload[0] & 0x80;
  const start = payload[0] & 0x10;
  const partition = payload[0] & 0x07;
  if (!start || partition !== 0) return false;
  if (x) {
    const ext = payload[offset++];
    if (ext & 0x80) offset += payload[offset] & 0x80 ? 2 : 1; // PictureID
    if (ext & 0x40) offset += 1; // TL0PICIDX
    if (ext & 0x30) offset += 1; // TID/KEYIDX
  }
  return (payload[offset] & 0x01) === 0;
}

type Viewer = { firstPacketMs: number; firstKeyFrameMs: number; packets: number; close(): Promise<void> };

async function startViewer(
  janus: JanusApi,
  session: JanusSession,
  room: string,
  secret: string,
  feed: string,
): Promise<Viewer> {
  const { token } = mintMediaToken(new Date());
  await janus.addToken(token);
  await janus.allowTokens(room, secret, [token]);
  const pc = new RTCPeerConnection({ codecs, iceServers: [] });
  const started = performance.now();
  const viewer: Viewer = { firstPacketMs: NaN, firstKeyFrameMs: NaN, packets: 0, close: async () => pc.close() };
  const keyFrame = new Promise<void>((resolve) => {
    pc.onTrack.subscribe((track) => {
      if (track.kind !== "video") return;
      track.onReceiveRtp.subscribe((packet) => {
        viewer.packets++;
        if (Number.isNaN(viewer.firstPacketMs)) viewer.firstPacketMs = performance.now() - started;
        if (Number.isNaN(viewer.firstKeyFrameMs) && isVp8KeyFrameStart(packet)) {
          viewer.firstKeyFrameMs = performance.now() - started;
          resolve();
        }
      });
    });
  });
  const handle = await session.attach();
  const offer = await session.message(handle, {
    request: "join",
    ptype: "subscriber",
    room,
    streams: [{ feed }],
    token,
  });
  if (!offer.jsep) throw new Error(`viewer join: ${JSON.stringify(offer.plugindata)}`);
  await pc.setRemoteDescription(offer.jsep);
  await pc.setLocalDescription(await pc.createAnswer());
  await session.message(handle, { request: "start", room }, { type: "answer", sdp: pc.localDescription!.sdp });
  await Promise.race([
    keyFrame,
    new Promise((_, reject) => setTimeout(() => reject(new Error("no key frame in 15 s")), 15_000)),
  ]);
  return viewer;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const port = Number(values.port);
  const local: LocalJanus = await startLocalJanus({
    dir: ".fairbridge/janus-bench",
    httpPort: port,
    adminPort: port + 1,
    rtpPortRange: [41000, 41999],
    fresh: true,
  });
  const settings = janusSettings({ ...local.env, JANUS_SIGNING_KEY: "bench" })!;
  const janus = new JanusApi(settings);
  const room = randomRoomId();
  const roomId = String(room);
  const secret = roomSecret(settings.signingKey, room);
  const feed = mintFeedId(settings.signingKey, room);
  const publisherToken = mintMediaToken(new Date(), 3600).token;
  await janus.createRoom({ room: roomId, secret, description: "bench", allowed: [publisherToken], record: false });
  await janus.addToken(publisherToken);
  const session = await JanusSession.open(local.url, publisherToken);
  const publisher = await startRtpPublisher(session, roomId, publisherToken, feed);
  await new Promise((resolve) => setTimeout(resolve, 2000));

  // The app's share of one viewer: the Janus calls behind one watch credential, CPU of this process.
  const credentialRuns = 50;
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < credentialRuns; i++) {
    await janus.participants(roomId);
    const { token } = mintMediaToken(new Date());
    await janus.addToken(token);
    await janus.allowTokens(roomId, secret, [token]);
  }
  const cpuSpent = process.cpuUsage(cpuBefore);
  const appCpuMsPerViewer = (cpuSpent.user + cpuSpent.system) / 1000 / credentialRuns;

  const idleJanus = await cpuOver(local.pid, seconds * 1000);
  console.log(
    `Janus ${local.url} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}) · publisher 640x480@20 VP8 600k + Opus`,
  );
  console.log(`Janus with the publisher and no viewer: ${(idleJanus * 100).toFixed(1)}% of a core`);
  console.log(
    `App CPU per viewer (one watch credential's Janus calls): ${appCpuMsPerViewer.toFixed(2)} ms, then 0 while watching`,
  );

  const viewers: Viewer[] = [];
  const rows: string[] = [];
  let limit = "";
  for (const level of levels) {
    const joins: number[] = [];
    const firstPackets: number[] = [];
    try {
      while (viewers.length < level) {
        // Joins run 5 at a time, as a crowd arriving at the start would.
        const batch = Math.min(5, level - viewers.length);
        const joined = await Promise.all(
          Array.from({ length: batch }, () => startViewer(janus, session, roomId, secret, feed)),
        );
        for (const viewer of joined) {
          viewers.push(viewer);
          joins.push(viewer.firstKeyFrameMs);
          firstPackets.push(viewer.firstPacketMs);
        }
      }
    } catch (error) {
      limit = `stopped before ${level} viewers: ${(error as Error).message}`;
      break;
    }
    const packetsBefore = viewers.reduce((sum, v) => sum + v.packets, 0);
    const [janusCpu, selfCpu] = await Promise.all([cpuOver(local.pid, seconds * 1000), selfCpuOver(seconds * 1000)]);
    const packetsPerViewer =
      (viewers.reduce((sum, v) => sum + v.packets, 0) - packetsBefore) / viewers.length / seconds;
    joins.sort((a, b) => a - b);
    firstPackets.sort((a, b) => a - b);
    const perViewer = (janusCpu - idleJanus) / viewers.length;
    const row =
      `| ${viewers.length} | ${percentile(joins, 50).toFixed(0)} / ${percentile(joins, 95).toFixed(0)} ms ` +
      `| ${percentile(firstPackets, 50).toFixed(0)} / ${percentile(firstPackets, 95).toFixed(0)} ms ` +
      `| ${(janusCpu * 100).toFixed(1)}% | ${(perViewer * 100).toFixed(2)}% | ${packetsPerViewer.toFixed(0)} pkt/s ` +
      `| ${(selfCpu * 100).toFixed(0)}% |`;
    rows.push(row);
    console.log(row);
    if (selfCpu > 0.9) {
      limit = `stopped at ${viewers.length} viewers: the load generator (werift, this process) used ${(selfCpu * 100).toFixed(0)}% of a core`;
      break;
    }
  }
  console.log(
    "\n| viewers | join to first key frame p50 / p95 (new viewers) | join to first video packet p50 / p95 | Janus CPU (of one core) | Janus CPU per viewer | video packets per viewer | load generator CPU |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
  if (limit) console.log(`\n${limit}`);

  for (const viewer of viewers) await viewer.close().catch(() => undefined);
  await publisher.close();
  session.close();
  await janus.destroyRoom(roomId, secret).catch(() => undefined);
  await local.stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
