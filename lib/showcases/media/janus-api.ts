import { randomBytes } from "node:crypto";
import type { JanusSettings } from "./janus-settings";

/**
 * The app's side of the Janus HTTP API (https://janus.conf.meetecho.com/docs/rest.html): rooms of
 * the videoroom plugin and the admin API's tokens. Every request carries the API secret (or the
 * admin secret); browsers never see either. Janus answers plugin requests that need no media
 * (create, destroy, allowed, listparticipants, kick) synchronously, so one short-lived Janus
 * session per call is enough.
 */
export class JanusUnreachableError extends Error {
  constructor(cause: unknown) {
    super(`Janus is not reachable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = "JanusUnreachableError";
  }
}

/** Janus answered, with an error (its code and reason). */
export class JanusRequestError extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(`Janus error ${code}: ${reason}`);
    this.name = "JanusRequestError";
  }
}

type JanusReply = {
  janus: string;
  data?: { id?: number };
  error?: { code: number; reason: string };
  plugindata?: { plugin: string; data: Record<string, unknown> };
  [key: string]: unknown;
};

const VIDEOROOM = "janus.plugin.videoroom";
/** The videoroom's "no such room" code. */
export const NO_SUCH_ROOM = 426;

function transaction(): string {
  return randomBytes(9).toString("base64url");
}

async function post(url: string, body: Record<string, unknown>, timeoutMs = 5000): Promise<JanusReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...body, transaction: transaction() }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new JanusUnreachableError(error);
  }
  if (!response.ok) throw new JanusUnreachableError(new Error(`HTTP ${response.status}`));
  const reply = (await response.json()) as JanusReply;
  if (reply.janus === "error" && reply.error) throw new JanusRequestError(reply.error.code, reply.error.reason);
  return reply;
}

export type RoomOptions = {
  /** Decimal string of a random 63-bit id (string_ids: JSON numbers lose digits past 2^53). */
  room: string;
  secret: string;
  description: string;
  /** Tokens allowed to join (the videoroom checks them on join). */
  allowed: string[];
  record: boolean;
  recDir?: string;
};

export class JanusApi {
  constructor(private readonly settings: JanusSettings) {}

  /** The server's info (version, plugins): a cheap liveness probe. */
  async info(): Promise<{ version: number; plugins: string[] }> {
    let response: Response;
    try {
      response = await fetch(`${this.settings.url}/info`, { signal: AbortSignal.timeout(3000) });
    } catch (error) {
      throw new JanusUnreachableError(error);
    }
    const body = (await response.json()) as { version: number; plugins?: Record<string, unknown> };
    return { version: body.version, plugins: Object.keys(body.plugins ?? {}) };
  }

  private async core(path: string, body: Record<string, unknown>): Promise<JanusReply> {
    return post(`${this.settings.url}${path}`, { ...body, apisecret: this.settings.apiSecret });
  }

  private async admin(body: Record<string, unknown>): Promise<JanusReply> {
    return post(this.settings.adminUrl, { ...body, admin_secret: this.settings.adminSecret });
  }

  /** Sends one synchronous videoroom request and returns the plugin's answer. */
  async videoroom(request: Record<string, unknown>): Promise<Record<string, unknown>> {
    const session = await this.core("", { janus: "create" });
    const sessionId = session.data?.id;
    try {
      const handle = await this.core(`/${sessionId}`, { janus: "attach", plugin: VIDEOROOM });
      const reply = await this.core(`/${sessionId}/${handle.data?.id}`, { janus: "message", body: request });
      const data = reply.plugindata?.data ?? {};
      if (data.videoroom === "event" && typeof data.error_code === "number")
        throw new JanusRequestError(data.error_code, String(data.error ?? ""));
      return data;
    } finally {
      await this.core(`/${sessionId}`, { janus: "destroy" }).catch(() => undefined);
    }
  }

  async createRoom(options: RoomOptions): Promise<void> {
    await this.videoroom({
      request: "create",
      room: options.room,
      admin_key: this.settings.roomAdminKey,
      secret: options.secret,
      description: options.description.slice(0, 120),
      is_private: true,
      permanent: false,
      allowed: options.allowed,
      publishers: 1,
      // One camera or screen and one microphone, the codecs every browser sends.
      videocodec: "vp8",
      audiocodec: "opus",
      bitrate: 1_200_000,
      fir_freq: 5,
      notify_joining: false,
      record: options.record,
      ...(options.recDir ? { rec_dir: options.recDir } : {}),
      lock_record: true,
    });
  }

  async roomExists(room: string): Promise<boolean> {
    const data = await this.videoroom({ request: "exists", room });
    return data.exists === true;
  }

  async destroyRoom(room: string, secret: string): Promise<void> {
    try {
      await this.videoroom({ request: "destroy", room, secret });
    } catch (error) {
      if (error instanceof JanusRequestError && error.code === NO_SUCH_ROOM) return;
      throw error;
    }
  }

  async allowTokens(room: string, secret: string, tokens: string[]): Promise<void> {
    await this.videoroom({ request: "allowed", room, secret, action: "add", allowed: tokens });
  }

  /** The room's participants (id, display, publisher). */
  async participants(room: string): Promise<{ id: string; display?: string; publisher: boolean }[]> {
    const data = await this.videoroom({ request: "listparticipants", room });
    const list = (data.participants as { id: string | number; display?: string; publisher: boolean }[]) ?? [];
    return list.map((participant) => ({ ...participant, id: String(participant.id) }));
  }

  async kick(room: string, secret: string, id: string): Promise<void> {
    await this.videoroom({ request: "kick", room, secret, id });
  }

  /** A token for the videoroom plugin: a browser needs one to open a Janus session. */
  async addToken(token: string): Promise<void> {
    await this.admin({ janus: "add_token", token, plugins: [VIDEOROOM] });
  }

  async removeToken(token: string): Promise<void> {
    try {
      await this.admin({ janus: "remove_token", token });
    } catch (error) {
      // 470: no such token (already removed by another instance's sweep).
      if (!(error instanceof JanusRequestError)) throw error;
    }
  }

  async listTokens(): Promise<string[]> {
    const reply = await this.admin({ janus: "list_tokens" });
    const tokens = (reply.data as unknown as { tokens?: { token: string }[] })?.tokens ?? [];
    return tokens.map((entry) => entry.token);
  }

  /** The number of open Janus sessions (the admin API's list_sessions). */
  async sessionCount(): Promise<number> {
    const reply = await this.admin({ janus: "list_sessions" });
    return ((reply as { sessions?: unknown[] }).sessions ?? []).length;
  }
}
