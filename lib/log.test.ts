import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestIdHeader } from "@/lib/http/request-id";

// Next's server installs AsyncLocalStorage globally before it creates its request store
// (without it the store is a stub that holds nothing); so does this test, before loading it.
Object.assign(globalThis, { AsyncLocalStorage });
const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external");
const { formatLogLine, log } = await import("./log");

const now = new Date("2026-05-04T08:30:00.000Z");

/** Runs `fn` as Next runs the code of a request (or of a prerender) whose headers are given. */
function inNextStore<T>(type: "request" | "prerender-legacy", headers: Record<string, string>, fn: () => T): T {
  return workUnitAsyncStorage.run({ type, headers: new Headers(headers) } as never, fn);
}

afterEach(() => vi.restoreAllMocks());

describe("formatLogLine", () => {
  it("writes one JSON line with time, level, message and fields, without a request id outside a request", () => {
    const line = formatLogLine("info", "mail sent", { jobId: "j1", attempts: 2 }, now);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-05-04T08:30:00.000Z",
      level: "info",
      msg: "mail sent",
      jobId: "j1",
      attempts: 2,
    });
  });

  it("carries the id proxy.ts gave the request being served", () => {
    const line = inNextStore("request", { [requestIdHeader]: "req-42" }, () => formatLogLine("warn", "slow", {}, now));
    expect(JSON.parse(line)).toMatchObject({ level: "warn", requestId: "req-42" });
  });

  it("leaves the request id out while Next prerenders (no request exists, and none is waited for)", () => {
    const line = inNextStore("prerender-legacy", { [requestIdHeader]: "x" }, () => formatLogLine("warn", "m", {}, now));
    expect(JSON.parse(line)).not.toHaveProperty("requestId");
  });

  it("lets a caller name the request id itself (Next's onRequestError hands over the headers)", () => {
    const line = formatLogLine("error", "failed", { requestId: "from-hook" }, now);
    expect(JSON.parse(line).requestId).toBe("from-hook");
  });

  it("serializes an error with its name, message, stack and code", () => {
    const error = Object.assign(new TypeError("connection refused"), { code: "ECONNREFUSED" });
    const { err } = JSON.parse(formatLogLine("error", "db down", { err: error }, now));
    expect(err).toEqual({
      name: "TypeError",
      message: "connection refused",
      code: "ECONNREFUSED",
      stack: expect.stringContaining("log.test.ts"),
    });
  });

  it("describes a thrown value that is not an Error", () => {
    const { err } = JSON.parse(formatLogLine("warn", "odd", { err: "plain string" }, now));
    expect(err).toEqual({ name: "NonError", message: "plain string" });
  });

  it("never throws: big integers become strings, a field with a cycle is dropped but the line stays", () => {
    expect(JSON.parse(formatLogLine("info", "count", { rows: 12n }, now)).rows).toBe("12");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const parsed = JSON.parse(formatLogLine("warn", "cycle", { cyclic, err: new Error("boom") }, now));
    expect(parsed).toMatchObject({ msg: "cycle", unserializableFields: true, err: { message: "boom" } });
    expect(parsed).not.toHaveProperty("cyclic");
  });
});

describe("log", () => {
  it("writes info to stdout and warnings to stderr, through console", () => {
    const info = vi.spyOn(console, "log").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    log.info("started", { worker: "mail" });
    log.warn("retrying");
    expect(JSON.parse(info.mock.calls[0][0])).toMatchObject({ level: "info", msg: "started", worker: "mail" });
    expect(JSON.parse(warn.mock.calls[0][0])).toMatchObject({ level: "warn", msg: "retrying" });
  });

  it("writes errors through console.error, so a test that provokes one unexpectedly still fails", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    log.error("unexpected", { err: new Error("boom") });
    expect(error).toHaveBeenCalledTimes(1);
    expect(JSON.parse(error.mock.calls[0][0])).toMatchObject({ level: "error", err: { message: "boom" } });
  });
});
