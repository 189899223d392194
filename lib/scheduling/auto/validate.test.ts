import { describe, expect, it } from "vitest";
import type { Conflict, ScheduleProblem } from "./problem";
import { slots } from "./test-problems";
import { validateSolution } from "./validate";

// p1/p2 meet with an interpreter (r1); p1/p3 without (r2); r3 (p2/p3) is booked already.
const problem: ScheduleProblem = {
  slots: slots(3),
  participants: [
    { id: "p1", available: ["s1", "s2"] },
    { id: "p2", available: ["s1", "s2", "s3"] },
    { id: "p3", available: ["s1", "s2", "s3"] },
  ],
  interpreters: [
    { id: "i1", available: ["s1", "s2"] },
    { id: "i2", available: ["s3"] },
  ],
  requests: [
    { id: "r1", a: "p1", b: "p2", weight: 5, needsInterpreter: true },
    { id: "r2", a: "p1", b: "p3", weight: 3 },
    { id: "r3", a: "p2", b: "p3", weight: 2 },
    { id: "r4", a: "p2", b: "p3", weight: 1, needsInterpreter: true },
  ],
  fixed: [{ request: "r3", slot: "s3" }],
};
const fixedR3 = { request: "r3", slot: "s3" };
const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind);

describe("validateSolution", () => {
  it("accepts a valid schedule", () => {
    const meetings = [fixedR3, { request: "r1", slot: "s1", interpreter: "i1" }, { request: "r2", slot: "s2" }];
    expect(validateSolution(problem, { meetings, unscheduled: ["r4"] })).toEqual([]);
  });

  it.each<[string, { request: string; slot: string; interpreter?: string }[], Conflict[]]>([
    ["unknownRequest", [{ request: "nope", slot: "s1" }], [{ kind: "unknownRequest", request: "nope" }]],
    ["unknownSlot", [{ request: "r2", slot: "s9" }], [{ kind: "unknownSlot", request: "r2", slot: "s9" }]],
    [
      "unknownInterpreter",
      [{ request: "r1", slot: "s1", interpreter: "i9" }],
      [{ kind: "unknownInterpreter", request: "r1", slot: "s1", interpreter: "i9" }],
    ],
    [
      "duplicateRequest",
      [
        { request: "r2", slot: "s1" },
        { request: "r2", slot: "s2" },
      ],
      [{ kind: "duplicateRequest", request: "r2", slot: "s2" }],
    ],
    [
      "participantUnavailable",
      [{ request: "r2", slot: "s3" }],
      [
        { kind: "participantUnavailable", request: "r2", slot: "s3", participant: "p1" },
        { kind: "participantDoubleBooked", request: "r2", slot: "s3", participant: "p3" }, // p3 is in fixed r3
      ],
    ],
    [
      "participantDoubleBooked",
      [
        { request: "r1", slot: "s1", interpreter: "i1" },
        { request: "r2", slot: "s1" },
      ],
      [{ kind: "participantDoubleBooked", request: "r2", slot: "s1", participant: "p1" }],
    ],
    [
      "interpreterMissing",
      [{ request: "r1", slot: "s1" }],
      [{ kind: "interpreterMissing", request: "r1", slot: "s1" }],
    ],
    [
      "interpreterUnneeded",
      [{ request: "r2", slot: "s1", interpreter: "i1" }],
      [{ kind: "interpreterUnneeded", request: "r2", slot: "s1", interpreter: "i1" }],
    ],
    [
      "interpreterUnavailable",
      [{ request: "r1", slot: "s1", interpreter: "i2" }],
      [{ kind: "interpreterUnavailable", request: "r1", slot: "s1", interpreter: "i2" }],
    ],
    [
      "interpreterDoubleBooked",
      [
        { request: "r1", slot: "s2", interpreter: "i1" },
        { request: "r4", slot: "s2", interpreter: "i1" },
      ],
      [
        { kind: "participantDoubleBooked", request: "r4", slot: "s2", participant: "p2" },
        { kind: "interpreterDoubleBooked", request: "r4", slot: "s2", interpreter: "i1" },
      ],
    ],
  ])("catches %s", (_kind, meetings, expected) => {
    expect(validateSolution(problem, { meetings: [fixedR3, ...meetings], unscheduled: [] })).toEqual(expected);
  });

  it("catches a fixed meeting that moved or lost its interpreter, and one that is missing", () => {
    expect(kinds(validateSolution(problem, { meetings: [{ request: "r3", slot: "s2" }], unscheduled: [] }))).toEqual([
      "fixedMoved",
    ]);
    const withInterpreter = { ...problem, fixed: [{ request: "r4", slot: "s3", interpreter: "i2" }] };
    expect(
      kinds(
        validateSolution(withInterpreter, {
          meetings: [{ request: "r4", slot: "s3", interpreter: "i1" }],
          unscheduled: [],
        }),
      ),
    ).toEqual(["interpreterUnavailable", "fixedMoved"]);
    expect(validateSolution(problem, { meetings: [], unscheduled: [] })).toEqual([
      { kind: "fixedMissing", request: "r3", slot: "s3" },
    ]);
  });

  it("reports a double booking against a fixed meeting", () => {
    const meetings = [fixedR3, { request: "r4", slot: "s3", interpreter: "i2" }];
    expect(kinds(validateSolution(problem, { meetings, unscheduled: [] }))).toEqual([
      "participantDoubleBooked",
      "participantDoubleBooked",
    ]);
  });
});
