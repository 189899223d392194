import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const folder = mkdtempSync(path.join(os.tmpdir(), "schedule-cli-"));

function runCli(contents: string) {
  const file = path.join(folder, `problem-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, contents);
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/schedule.ts", file], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const problem = {
  slots: [
    { id: "s1", start: "2026-06-01T01:00:00Z", end: "2026-06-01T01:20:00Z" },
    { id: "s2", start: "2026-06-01T01:20:00Z", end: "2026-06-01T01:40:00Z" },
  ],
  participants: [
    { id: "p1", available: ["s1", "s2"] },
    { id: "p2", available: ["s1", "s2"] },
    { id: "p3", available: ["s1"] },
  ],
  interpreters: [{ id: "i1", available: ["s1", "s2"] }],
  requests: [
    { id: "r1", a: "p1", b: "p2", weight: 57, needsInterpreter: true },
    { id: "r2", a: "p1", b: "p3", weight: 10 },
    { id: "r9", a: "p2", b: "p3", weight: 5, needsInterpreter: true },
  ],
  fixed: [{ request: "r9", slot: "s1", interpreter: "i1" }],
};

describe("npm run schedule (scripts/schedule.ts)", () => {
  it("prints the solution JSON for a problem file", () => {
    const { status, stdout, stderr } = runCli(JSON.stringify(problem));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    // r9 is booked at s1 with p3, so r2 (p1-p3, only s1) cannot happen; r1 takes s2.
    expect(JSON.parse(stdout)).toEqual({
      meetings: [
        { request: "r9", slot: "s1", interpreter: "i1" },
        { request: "r1", slot: "s2", interpreter: "i1" },
      ],
      unscheduled: ["r2"],
    });
  });

  it("rejects a malformed problem with a clear message and exit code 1", () => {
    const broken = { ...problem, requests: [{ id: "r1", a: "p1", b: "p7", weight: -2 }] };
    const { status, stdout, stderr } = runCli(JSON.stringify(broken));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("is not a valid problem");
    expect(stderr).toContain('requests.0.b: unknown participant "p7"');
    expect(stderr).toContain("requests.0.weight: must be a number >= 0");
    expect(stderr).toContain('fixed.0.request: unknown request "r9"');
  });

  it("rejects a file that is not JSON", () => {
    const { status, stderr } = runCli("{ slots: [");
    expect(status).toBe(1);
    expect(stderr).toMatch(/is not valid JSON/);
  });
});
