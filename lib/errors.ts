/** Every failure the domain reports to a user or API client. */
export const errorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  /** A request body above the cap its route accepts (lib/http/read-json-body.ts). */
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  /** The session's lifecycle forbids the action now (lib/fairs/lifecycle.ts). */
  SESSION_ENDED: 422,
  REGISTRATION_CLOSED: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * `messageKey` names an entry under "errors" in the message catalogues, so the
 * same error reads correctly in every language; `fields` maps field -> key.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = code,
    readonly fields?: Record<string, string>,
    readonly params?: Record<string, string | number>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** Postgres unique (23505) and exclusion (23P01) violations mean "someone else got there first". */
export function isConflictViolation(error: unknown): boolean {
  const code = findPgCode(error);
  return code === "23505" || code === "23P01";
}

/**
 * The database's last word on the session lifecycle: a meeting request or
 * registration created after its session ended (trigger in the session_lifecycle
 * migration, check_violation 23514 with "session_not_ended" in its message).
 */
export function isSessionEndedViolation(error: unknown): boolean {
  return findPgCode(error) === "23514" && JSON.stringify(errorChainMessages(error)).includes("session_not_ended");
}

function errorChainMessages(error: unknown): string[] {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as {
      message?: unknown;
      originalMessage?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const text of [candidate.message, candidate.originalMessage])
      if (typeof text === "string") messages.push(text);
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return messages;
}

/**
 * Deadlock (40P01) and serialization failure (40001): the transaction was aborted
 * only because of a concurrent one, so running it again is safe and may succeed.
 */
export function isRetryableTransactionError(error: unknown): boolean {
  const code = findPgCode(error);
  return code === "40P01" || code === "40001";
}

/**
 * The SQLSTATE behind an error. Prisma wraps driver errors in its own (P2002 ...),
 * and adapter-pg keeps Postgres's code in meta.driverAdapterError.cause.originalCode.
 */
function findPgCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (candidate.meta?.driverAdapterError) {
      current = candidate.meta.driverAdapterError;
      continue;
    }
    if (typeof candidate.originalCode === "string") return candidate.originalCode;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code) && !candidate.code.startsWith("P")) {
      return candidate.code;
    }
    current = candidate.cause;
  }
  return undefined;
}

/** SQLSTATEs of a database that is restarting, shutting down or out of connections. */
const unavailableSqlStates = /^(08...|57P0[123]|53300)$/;
/** Prisma driver-adapter error kinds and Node socket codes meaning the same. */
const unavailableKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);

/**
 * The database could not be reached or dropped the connection (a restart, a failover):
 * nothing about the request was wrong, so it is answered 503 "try again in a minute",
 * not 500. bench:recovery restarts PostgreSQL under load and shows which requests get it.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const value of [candidate.code, candidate.originalCode, candidate.kind]) {
      if (typeof value !== "string") continue;
      if (unavailableKinds.has(value) || unavailableSqlStates.test(value)) return true;
    }
    if (
      typeof candidate.message === "string" &&
      /Connection terminated|connect ECONNREFUSED|connection error and is not queryable/.test(candidate.message)
    )
      return true;
    current = candidate.meta?.driverAdapterError ?? candidate.cause;
  }
  return false;
}
