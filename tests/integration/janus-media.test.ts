import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { janusBinary, startLocalJanus, type LocalJanus } from "@/scripts/janus/local-janus";
import { JanusApi, JanusRequestError } from "@/lib/showcases/media/janus-api";
import { janusSettings, type JanusSettings } from "@/lib/showcases/media/janus-settings";
import {
  isMintedFeedId,
  mintFeedId,
  mintMediaToken,
  randomRoomId,
  roomSecret,
} from "@/lib/showcases/media/media-tokens";
import { sweepExpiredTokens } from "@/lib/showcases/media/showcase-media";
import { findFreePort } from "../support/free-port";

// The app's Janus client against a real Janus (Debian's `janus`) started with the generated
// configuration: rooms, per-person tokens in Janus's list and the room's allowed list, a guessed
// room id refused, expired tokens swept, publishers the app did not mint found and kicked.
// CI installs Janus (scripts/ensure-system-packages.sh); elsewhere the file is skipped, saying why.

const installed = janusBinary() != null;
if (!installed)
  console.warn("janus-media.test.ts skipped: Janus is not installed (apt-get install janus janus-tools).");

/** What a browser does with its token: open a Janus session, attach the videoroom, send one request. */
async function asBrowser(janus: LocalJanus, token: string, body: Record<string, unknown>) {
  const call = async (path: string, request: Record<string, unknown>) => {
    const response = await fetch(`${janus.url}${path}`, {
      method: "POST",
      body: JSON.stringify({ ...request, token, transaction: randomBytes(6).toString("hex") }),
    });
    const reply = (await response.json()) as {
      janus: string;
      data?: { id: number };
      error?: { code: number; reason: string };
      plugindata?: { data: Record<string, unknown> };
    };
    if (reply.error) throw new JanusRequestError(reply.error.code, reply.error.reason);
    return reply;
  };
  const session = (await call("", { janus: "create" })).data!.id;
  const handle = (await call(`/${session}`, { janus: "attach", plugin: "janus.plugin.videoroom" })).data!.id;
  // join is asynchronous: the answer arrives as an event on the session's long poll.
  await call(`/${session}/${handle}`, { janus: "message", body });
  const events = await fetch(`${janus.url}/${session}?maxev=5&token=${encodeURIComponent(token)}`);
  const list = (await events.json()) as
    { plugindata?: { data: Record<string, unknown> } }[] | { plugindata?: { data: Record<string, unknown> } };
  const data = (Array.isArray(list) ? list : [list]).map((event) => event.plugindata?.data).find(Boolean) ?? {};
  return { session, handle, data };
}

describe.skipIf(!installed)("Janus client against a real Janus", () => {
  let janus: LocalJanus;
  let settings: JanusSettings;
  let api: JanusApi;
  const now = new Date();

  beforeAll(async () => {
    janus = await startLocalJanus({
      dir: `.fairbridge/janus-test-${process.pid}`,
      // Free ports, not fixed ones: a port in the ephemeral range may be held by any outgoing connection.
      httpPort: await findFreePort(),
      adminPort: await findFreePort(),
      rtpPortRange: [40000, 40099],
      fresh: true,
    });
    settings = janusSettings({ ...janus.env, JANUS_SIGNING_KEY: "test-signing-key" })!;
    api = new JanusApi(settings);
  });

  afterAll(async () => {
    await janus?.stop();
  });

  it("answers with the videoroom as its only plugin", async () => {
    const info = await api.info();
    expect(info.version).toBeGreaterThanOrEqual(1100);
    expect(info.plugins).toEqual(["janus.plugin.videoroom"]);
  });

  it("refuses a browser without a token the app added", async () => {
    await expect(asBrowser(janus, "made-up-token", { request: "list" })).rejects.toMatchObject({ code: 403 });
  });

  it("lets in a token that is in the room's allowed list, and refuses it for a guessed room", async () => {
    const room = randomRoomId();
    const other = randomRoomId();
    const secret = roomSecret(settings.signingKey, room);
    for (const id of [room, other]) {
      await api.createRoom({
        room: String(id),
        secret: roomSecret(settings.signingKey, id),
        description: "test",
        allowed: [],
        record: false,
      });
    }
    expect(await api.roomExists(String(room))).toBe(true);

    const { token } = mintMediaToken(now);
    await api.addToken(token);
    // In Janus's list but not yet in the room's: the join is refused (433 unauthorized).
    const early = await asBrowser(janus, token, { request: "join", ptype: "publisher", room: String(room), token });
    expect(early.data.error_code).toBe(433);

    await api.allowTokens(String(room), secret, [token]);
    const feed = mintFeedId(settings.signingKey, room);
    const joined = await asBrowser(janus, token, {
      request: "join",
      ptype: "publisher",
      room: String(room),
      id: feed,
      token,
    });
    expect(joined.data, JSON.stringify(joined.data)).toMatchObject({ videoroom: "joined", id: feed });

    // The same token does not open the other room.
    const guessed = await asBrowser(janus, token, { request: "join", ptype: "publisher", room: String(other), token });
    expect(guessed.data.error_code).toBe(433);

    const participants = await api.participants(String(room));
    expect(participants.map((p) => p.id)).toContain(feed);
    await api.destroyRoom(String(room), secret);
    await api.destroyRoom(String(other), roomSecret(settings.signingKey, other));
    expect(await api.roomExists(String(room))).toBe(false);
    // Destroying twice is fine (a second app instance, a retried stop).
    await api.destroyRoom(String(room), secret);
  });

  it("finds a publisher the app did not mint and kicks it", async () => {
    const room = randomRoomId();
    const secret = roomSecret(settings.signingKey, room);
    const { token } = mintMediaToken(now);
    await api.createRoom({ room: String(room), secret, description: "test", allowed: [token], record: false });
    await api.addToken(token);
    const intruder = "4242";
    const joined = await asBrowser(janus, token, {
      request: "join",
      ptype: "publisher",
      room: String(room),
      id: intruder,
      token,
    });
    expect(joined.data.videoroom).toBe("joined");
    expect(isMintedFeedId(settings.signingKey, room, intruder)).toBe(false);
    await api.kick(String(room), secret, intruder);
    expect((await api.participants(String(room))).map((p) => p.id)).not.toContain(intruder);
    await api.destroyRoom(String(room), secret);
  });

  it("needs the admin key to create a room and the room secret to destroy it", async () => {
    const room = String(randomRoomId());
    const stranger = new JanusApi({ ...settings, roomAdminKey: "wrong" });
    await expect(
      stranger.createRoom({ room, secret: "s", description: "x", allowed: [], record: false }),
    ).rejects.toBeInstanceOf(JanusRequestError);
    await api.createRoom({ room, secret: "right", description: "x", allowed: [], record: false });
    await expect(api.destroyRoom(room, "wrong")).rejects.toBeInstanceOf(JanusRequestError);
    await api.destroyRoom(room, "right");
  });

  it("sweeps our expired tokens and leaves live ones and other tokens alone", async () => {
    const expired = mintMediaToken(new Date(now.getTime() - 10 * 60_000)).token;
    const live = mintMediaToken(now).token;
    for (const token of [expired, live, "someone-elses-token"]) await api.addToken(token);
    expect(await sweepExpiredTokens(api, now)).toBeGreaterThanOrEqual(1);
    const left = await api.listTokens();
    expect(left).not.toContain(expired);
    expect(left).toContain(live);
    expect(left).toContain("someone-elses-token");
    await expect(asBrowser(janus, expired, { request: "list" })).rejects.toMatchObject({ code: 403 });
  });

  it("reports an unreachable Janus as such", async () => {
    const gone = new JanusApi({ ...settings, url: "http://127.0.0.1:9/janus" });
    await expect(gone.info()).rejects.toThrow(/not reachable/);
    await expect(gone.roomExists("1")).rejects.toThrow(/not reachable/);
  });
});
