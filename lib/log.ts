import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { requestIdHeader } from "@/lib/http/request-id";

export type LogLevel = "info" | "warn" | "error";
/** Extra fields of a log line; `err` is serialized, `requestId` overrides the one of the current request. */
export type LogFields = { err?: unknown; requestId?: string } & Record<string, unknown>;

/**
 * The id proxy.ts gave the request being served, if any. Next's store is read directly
 * rather than through `headers()`: that one is async (a log line would wait for it),
 * throws outside a request (jobs, scripts), never resolves while prerendering and turns
 * a static page dynamic. A logger must do none of that.
 */
export function currentRequestId(): string | undefined {
  const store = workUnitAsyncStorage.getStore();
  if (store?.type !== "request") return undefined;
  return store.headers.get(requestIdHeader) ?? undefined;
}

/** An error as plain fields; `code` carries Postgres' SQLSTATE, Prisma's and Node's codes. */
export function serializeError(error: unknown): { name: string; message: string; stack?: string; code?: unknown } {
  if (!(error instanceof Error)) return { name: "NonError", message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, stack: error.stack, ...(code === undefined ? {} : { code }) };
}

/** One JSON line; never throws, since logging is what runs when something already went wrong. */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, now = new Date()): string {
  const { err, requestId = currentRequestId(), ...rest } = fields;
  const line = {
    time: now.toISOString(),
    level,
    msg,
    requestId,
    ...rest,
    err: err === undefined ? undefined : serializeError(err),
  };
  try {
    return JSON.stringify(line, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  } catch {
    // A field that cannot be serialized (a cycle) must not cost the line itself.
    return JSON.stringify({ time: line.time, level, msg, requestId, err: line.err, unserializableFields: true });
  }
}

// Through console, not process.stdout: console.log goes to stdout and console.warn/error
// to stderr, and tests/support/fail-on-console-error.ts still fails a test whose code
// logs an unexpected error. Looked up per call, so a test's spy on console sees the line.
const consoleMethod = { info: "log", warn: "warn", error: "error" } as const;

function write(level: LogLevel, msg: string, fields?: LogFields): void {
  console[consoleMethod[level]](formatLogLine(level, msg, fields));
}

/** The server's one logger: JSON lines with the time, level, message, request id and fields. */
export const log = {
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};
