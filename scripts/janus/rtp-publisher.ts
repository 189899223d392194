/**
 * A headless publisher for a showcase's Janus room without a browser: ffmpeg encodes a test picture
 * (640x480, 20 fps, VP8 ~600 kbit/s) and a 440 Hz tone (Opus) into RTP, and a werift peer connection
 * (pure TypeScript WebRTC) sends them to Janus. Used by `npm run bench:showcase` and by the demo
 * broadcaster (scripts/janus/demo-broadcaster.ts). Signalling is Janus's HTTP API with one long poll
 * per session, shared by every handle in it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createSocket, type Socket } from "node:dgram";
import { MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters } from "werift";

export const mediaCodecs = {
  video: [new RTCRtpCodecParameters({ mimeType: "video/VP8", clockRate: 90000, payloadType: 96 })],
  audio: [new RTCRtpCodecParameters({ mimeType: "audio/opus", clockRate: 48000, channels: 2, payloadType: 111 })],
};

type JanusEvent = {
  janus: string;
  transaction?: string;
  sender?: number;
  plugindata?: { data: Record<string, unknown> };
  jsep?: { type: "offer" | "answer"; sdp: string };
};

/** One Janus session over HTTP with one long poll, shared by the publisher's and every viewer's handle. */
export class JanusSession {
  private waiting = new Map<string, (event: JanusEvent) => void>();
  private polling = true;
  private constructor(
    private readonly url: string,
    private readonly token: string,
    readonly id: number,
  ) {}

  static async open(url: string, token: string): Promise<JanusSession> {
    const reply = await post(url, { janus: "create", token });
    const session = new JanusSession(url, token, reply.data.id);
    void session.poll();
    return session;
  }

  private async poll() {
    while (this.polling) {
      try {
        const response = await fetch(`${this.url}/${this.id}?maxev=50&token=${encodeURIComponent(this.token)}`);
        const events = (await response.json()) as JanusEvent | JanusEvent[];
        for (const event of Array.isArray(events) ? events : [events]) {
          if (event.transaction && event.janus === "event") this.waiting.get(event.transaction)?.(event);
        }
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  async attach(): Promise<number> {
    const reply = await post(`${this.url}/${this.id}`, {
      janus: "attach",
      plugin: "janus.plugin.videoroom",
      token: this.token,
    });
    return reply.data.id;
  }

  /** A videoroom request whose answer is an asynchronous event (join, configure, start). */
  message(handle: number, body: Record<string, unknown>, jsep?: object): Promise<JanusEvent> {
    const transaction = randomBytes(8).toString("hex");
    const answer = new Promise<JanusEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${String(body.request)}`)), 15_000);
      this.waiting.set(transaction, (event) => {
        clearTimeout(timer);
        this.waiting.delete(transaction);
        resolve(event);
      });
    });
    void post(`${this.url}/${this.id}/${handle}`, { janus: "message", body, jsep, token: this.token, transaction });
    return answer;
  }

  close() {
    this.polling = false;
  }
}

async function post(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    body: JSON.stringify({ transaction: randomBytes(8).toString("hex"), ...body }),
  });
  const reply = (await response.json()) as { janus: string; data: { id: number }; error?: { reason: string } };
  if (reply.janus === "error") throw new Error(reply.error?.reason);
  return reply;
}

async function freeUdpPort(): Promise<Socket> {
  const socket = createSocket("udp4");
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return socket;
}

/** ffmpeg encodes a test picture and tone; werift sends it to Janus as the supplier's feed. */
export async function startRtpPublisher(session: JanusSession, room: string, token: string, feed: string) {
  const videoIn = await freeUdpPort();
  const audioIn = await freeUdpPort();
  const pc = new RTCPeerConnection({ codecs: mediaCodecs, iceServers: [] });
  const video = new MediaStreamTrack({ kind: "video" });
  const audio = new MediaStreamTrack({ kind: "audio" });
  pc.addTransceiver(video, { direction: "sendonly" });
  pc.addTransceiver(audio, { direction: "sendonly" });
  videoIn.on("message", (data) => video.writeRtp(data));
  audioIn.on("message", (data) => audio.writeRtp(data));
  const handle = await session.attach();
  const joined = await session.message(handle, {
    request: "join",
    ptype: "publisher",
    room,
    id: feed,
    token,
    display: "supplier",
  });
  if (joined.plugindata?.data.videoroom !== "joined")
    throw new Error(`publisher join: ${JSON.stringify(joined.plugindata)}`);
  await pc.setLocalDescription(await pc.createOffer());
  const configured = await session.message(
    handle,
    { request: "configure", audio: true, video: true },
    { type: "offer", sdp: pc.localDescription!.sdp },
  );
  await pc.setRemoteDescription(configured.jsep!);
  const ffmpeg: ChildProcess = spawn(
    "ffmpeg",
    [
      "-hide_banner",
      "-loglevel",
      "error",
      "-re",
      "-f",
      "lavfi",
      "-i",
      "testsrc=size=640x480:rate=20",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=440:sample_rate=48000",
      "-map",
      "0:v",
      "-c:v",
      "libvpx",
      "-deadline",
      "realtime",
      "-cpu-used",
      "8",
      "-b:v",
      "600k",
      "-g",
      "20",
      "-payload_type",
      "96",
      "-ssrc",
      "1111",
      "-f",
      "rtp",
      `rtp://127.0.0.1:${videoIn.address().port}?pkt_size=1200`,
      "-map",
      "1:a",
      "-c:a",
      "libopus",
      "-b:a",
      "48k",
      "-ac",
      "2",
      "-payload_type",
      "111",
      "-ssrc",
      "2222",
      "-f",
      "rtp",
      `rtp://127.0.0.1:${audioIn.address().port}?pkt_size=1200`,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the publisher did not connect")), 15_000);
    pc.connectionStateChange.subscribe((state) => {
      if (state === "connected") {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    ffmpeg,
    close: async () => {
      ffmpeg.kill("SIGTERM");
      videoIn.close();
      audioIn.close();
      await pc.close();
    },
  };
}
