"use client";

import Janus, { type JanusJS } from "janus-gateway";
import adapter from "webrtc-adapter";

/**
 * The browser's side of a showcase: Janus's own janus.js (npm `janus-gateway`, bundled with the
 * page, so the nonce CSP needs no inline script; connect-src allows the Janus URL) talking to the
 * videoroom plugin with the credentials the app handed out (app/api/showcases/[id]/media/*).
 */

/** Keys of `showcaseMedia.problems`. */
export type MediaProblem =
  | "noPermission"
  | "noDevices"
  | "screenCancelled"
  | "notSupported"
  | "janusUnreachable"
  | "forbidden"
  | "signedOut"
  | "tooEarly"
  | "ended"
  | "notApproved"
  | "notFound"
  | "mediaFailed"
  | "unexpected";

const routeKeys = new Set<MediaProblem>([
  "janusUnreachable",
  "forbidden",
  "signedOut",
  "tooEarly",
  "ended",
  "notApproved",
  "notFound",
]);

export class MediaError extends Error {
  constructor(readonly problem: MediaProblem) {
    super(problem);
  }
}

export function problemOf(error: unknown): MediaProblem {
  if (error instanceof MediaError) return error.problem;
  const name = (error as { name?: string } | null)?.name;
  if (name === "NotAllowedError" || name === "SecurityError") return "noPermission";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") return "noDevices";
  return "unexpected";
}

/** POSTs (or GETs) one media route; a refusal becomes a MediaError with the route's message key. */
export async function mediaRoute<T>(showcaseId: string, action: string, method: "POST" | "GET" = "POST"): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/showcases/${encodeURIComponent(showcaseId)}/media/${action}`, {
      method,
      headers: { Accept: "application/json" },
      cache: "no-store",
    });
  } catch {
    throw new MediaError("unexpected");
  }
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { error?: { key?: string } } | null;
  const key = body?.error?.key as MediaProblem | undefined;
  if (key && routeKeys.has(key)) throw new MediaError(key);
  if (response.status === 403) throw new MediaError("forbidden");
  if (response.status === 401) throw new MediaError("signedOut");
  throw new MediaError("unexpected");
}

let initialised: Promise<void> | null = null;

function initJanus(): Promise<void> {
  initialised ??= new Promise((resolve) =>
    Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies({ adapter }), callback: resolve }),
  );
  return initialised;
}

export function webRtcSupported(): boolean {
  return typeof window !== "undefined" && typeof window.RTCPeerConnection === "function";
}

/**
 * A Janus session with the person's token. `onLost` runs when the server stops answering after
 * the session was up (Janus restarted, network gone).
 */
export async function openJanus(server: string, token: string, onLost: () => void): Promise<Janus> {
  await initJanus();
  return new Promise((resolve, reject) => {
    let up = false;
    const janus: Janus = new Janus({
      server,
      token,
      iceServers: [],
      destroyOnUnload: true,
      success: () => {
        up = true;
        resolve(janus);
      },
      error: () => {
        if (up) onLost();
        else reject(new MediaError("janusUnreachable"));
      },
    });
  });
}

export type VideoroomCallbacks = Omit<JanusJS.PluginCallbacks, "success" | "error">;

export function attachVideoroom(janus: Janus, callbacks: VideoroomCallbacks): Promise<JanusJS.PluginHandle> {
  return new Promise((resolve, reject) =>
    janus.attach({
      plugin: "janus.plugin.videoroom",
      ...callbacks,
      success: resolve,
      error: () => reject(new MediaError("janusUnreachable")),
    }),
  );
}

/** Ends the Janus session quietly (leaving the room closes the peer connection). */
export function closeJanus(janus: Janus | null): void {
  if (!janus) return;
  try {
    janus.destroy({ cleanupHandles: true, notifyDestroyed: false });
  } catch {
    // Already gone.
  }
}

/** The peer connection of a handle, for diagnostics and the browser tests (getStats). */
export function peerConnectionOf(handle: JanusJS.PluginHandle | null): RTCPeerConnection | null {
  return handle?.webrtcStuff?.pc ?? null;
}

/** What the browser tests read (window.fairbridgeShowcase): the current peer connection. */
export function exposeConnection(get: () => RTCPeerConnection | null): () => void {
  const target = window as unknown as { fairbridgeShowcase?: { connection(): RTCPeerConnection | null } };
  target.fairbridgeShowcase = { connection: get };
  return () => {
    if (target.fairbridgeShowcase?.connection === get) delete target.fairbridgeShowcase;
  };
}
