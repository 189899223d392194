import { janusEnvironment } from "@/lib/env";

/**
 * Where the Janus WebRTC server is and how the app talks to it. `npm run dev`, `npm run demo` and
 * the tests start a local one (scripts/janus/local-janus.ts) and set these variables; in production
 * they name an external server. Null when no Janus is configured: showcases then say that live
 * video is unavailable, and the rest of the app works.
 */
export type JanusSettings = {
  /** The Janus API as the app reaches it (http://host:8088/janus). */
  url: string;
  /** The Janus API as browsers reach it (default: url). Must be in the page CSP's connect-src. */
  publicUrl: string;
  apiSecret: string;
  /** The admin API (tokens), reachable by the app only. */
  adminUrl: string;
  adminSecret: string;
  /** The videoroom plugin's admin_key: needed to create rooms. */
  roomAdminKey: string;
  /** Folder Janus records into, as the app sees it (shared with the Janus host in production). */
  recordingsDir: string;
  /** Key of the room secrets and publisher ids the app derives (never sent to browsers). */
  signingKey: string;
};

export function janusSettings(env: Record<string, string | undefined> = process.env): JanusSettings | null {
  const raw = janusEnvironment(env);
  if (!raw.url || !raw.adminUrl || !raw.adminSecret || !raw.apiSecret) return null;
  return {
    url: raw.url.replace(/\/$/, ""),
    publicUrl: (raw.publicUrl || raw.url).replace(/\/$/, ""),
    apiSecret: raw.apiSecret,
    adminUrl: raw.adminUrl.replace(/\/$/, ""),
    adminSecret: raw.adminSecret,
    roomAdminKey: raw.roomAdminKey ?? "",
    recordingsDir: raw.recordingsDir || ".fairbridge/janus/recordings",
    signingKey: raw.signingKey || raw.apiSecret,
  };
}
