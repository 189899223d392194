export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set (see .env.example).`);
  return value;
}

/**
 * The Janus WebRTC server of live showcases (lib/showcases/media/janus-settings.ts). Unset JANUS_URL:
 * `npm run dev` / `npm run demo` start a local Janus and set all of these (scripts/janus/local-janus.ts).
 */
export function janusEnvironment(env: Record<string, string | undefined> = process.env) {
  return {
    url: env.JANUS_URL,
    publicUrl: env.JANUS_PUBLIC_URL,
    apiSecret: env.JANUS_API_SECRET,
    adminUrl: env.JANUS_ADMIN_URL,
    adminSecret: env.JANUS_ADMIN_SECRET,
    roomAdminKey: env.JANUS_ROOM_ADMIN_KEY,
    recordingsDir: env.JANUS_RECORDINGS_DIR,
    signingKey: env.JANUS_SIGNING_KEY || env.NEXTAUTH_SECRET,
  };
}
