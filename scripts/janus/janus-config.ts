/**
 * The configuration of a local Janus WebRTC server, generated per start (scripts/janus/local-janus.ts).
 * Only what FairBridge uses is loaded: the HTTP transport (the API for browsers and the app, the admin
 * API on loopback only) and the videoroom plugin. Everything else Debian ships is disabled, nanomsg
 * above all: with it Janus fails to start.
 *
 * Who may do what:
 * - `token_auth`: a browser needs a token the app added through the admin API (`add_token`, valid for
 *   the videoroom plugin only) to open a Janus session at all; the app removes it when it expires.
 * - `api_secret`: the app's own requests (create and destroy rooms) carry it; browsers never see it.
 * - videoroom `admin_key`: rooms can only be created by the app; each room also has its own secret,
 *   and its `allowed` list holds the tokens of the people the app let in, so a guessed room id is
 *   not enough to join.
 */
export type JanusConfigOptions = {
  /** Plain HTTP port of the Janus API (browsers and app). */
  httpPort: number;
  /** Plain HTTP port of the admin API (bound to 127.0.0.1). */
  adminPort: number;
  /** Address the API binds to (default 0.0.0.0; the admin API is always loopback). */
  bindAddress?: string;
  apiSecret: string;
  adminSecret: string;
  /** The videoroom plugin's admin key: needed to create rooms. */
  roomAdminKey: string;
  /** Inclusive UDP port range of the media (ICE) sockets. */
  rtpPortRange: [number, number];
  recordingsDir: string;
  configsDir: string;
  logFile: string;
  /** Browser origins allowed to call the API (CORS); unset: any. */
  allowOrigin?: string;
  debugLevel?: number;
};

const LIB_DIR = "/usr/lib/x86_64-linux-gnu/janus";

/** A libconfig string literal. */
function str(value: string): string {
  return JSON.stringify(value);
}

/** The files of a configs folder, by file name. */
export function janusConfigFiles(options: JanusConfigOptions): Record<string, string> {
  const libDir = process.env.JANUS_LIB_DIR || LIB_DIR;
  const [rtpMin, rtpMax] = options.rtpPortRange;
  return {
    "janus.jcfg": `general: {
  configs_folder = ${str(options.configsDir)}
  plugins_folder = ${str(`${libDir}/plugins`)}
  transports_folder = ${str(`${libDir}/transports`)}
  events_folder = ${str(`${libDir}/events`)}
  loggers_folder = ${str(`${libDir}/loggers`)}
  log_to_stdout = false
  log_to_file = ${str(options.logFile)}
  debug_level = ${options.debugLevel ?? 4}
  server_name = "FairBridge"
  session_timeout = 60
  reclaim_session_timeout = 0
  api_secret = ${str(options.apiSecret)}
  token_auth = true
  admin_secret = ${str(options.adminSecret)}
  protected_folders = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sbin", "/sys", "/usr", "/var"]
}
certificates: {
}
media: {
  rtp_port_range = "${rtpMin}-${rtpMax}"
  dtls_timeout = 500
}
nat: {
  nice_debug = false
  ice_ignore_list = "vmnet,docker,veth"
  ignore_mdns = true
}
plugins: {
  disable = "libjanus_audiobridge.so,libjanus_duktape.so,libjanus_echotest.so,libjanus_lua.so,libjanus_nosip.so,libjanus_recordplay.so,libjanus_sip.so,libjanus_streaming.so,libjanus_textroom.so,libjanus_videocall.so,libjanus_voicemail.so"
}
transports: {
  disable = "libjanus_mqtt.so,libjanus_nanomsg.so,libjanus_pfunix.so,libjanus_rabbitmq.so,libjanus_websockets.so"
}
loggers: {
  disable = "libjanus_jsonlog.so"
}
events: {
  broadcast = false
  disable = "libjanus_gelfevh.so,libjanus_mqttevh.so,libjanus_nanomsgevh.so,libjanus_rabbitmqevh.so,libjanus_sampleevh.so,libjanus_wsevh.so"
}
`,
    "janus.transport.http.jcfg": `general: {
  json = "plain"
  base_path = "/janus"
  http = true
  port = ${options.httpPort}
  ip = ${str(options.bindAddress ?? "0.0.0.0")}
  https = false
}
admin: {
  admin_base_path = "/admin"
  admin_http = true
  admin_port = ${options.adminPort}
  admin_ip = "127.0.0.1"
  admin_https = false
}
cors: {
${options.allowOrigin ? `  allow_origin = ${str(options.allowOrigin)}\n` : ""}}
`,
    "janus.plugin.videoroom.jcfg": `general: {
  admin_key = ${str(options.roomAdminKey)}
  lock_rtp_forward = true
  string_ids = true
}
`,
  };
}
