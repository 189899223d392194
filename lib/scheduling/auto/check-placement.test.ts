import { describe, expect, it } from "vitest";
import { applyPlacement, checkPlacement, dropPlacement } from "./check-placement";
import { explainUnscheduled } from "./explain";
import { pickFreeInterpreter } from "./interpreters";
import type { ScheduleProblem, ScheduleSolution } from "./problem";
import { slots } from "./test-problems";
import { validateSolution } from "./validate";

const problem: ScheduleProblem = {
  slots: slots(3),
  participants: [
    { id: "p1", available: ["s1", "s2", "s3"] },
    { id: "p2", available: ["s1", "s2", "s3"] },
    { id: "p3", available: ["s1", "s2"] },
    { id: "p4", available: ["s3"] },
    { id: "p5", available: ["s1", "s2", "s3"] },
  ],
  interpreters: [
    { id: "i1", available: ["s1", "s2"] },
    { id: "i2", available: ["s2"] },
  ],
  requests: [
    { id: "r1", a: "p1", b: "p2", weight: 9, needsInterpreter: true },
    { id: "r2", a: "p1", b: "p3", weight: 5 },
    { id: "r3", a: "p3", b: "p4", weight: 4 }, // p3 and p4 share no slot
    { id: "r4", a: "p4", b: "p5", weight: 3, needsInterpreter: true }, // only s3, where nobody interprets
    { id: "r5", a: "p2", b: "p5", weight: 2, needsInterpreter: true },
    { id: "fx", a: "p1", b: "p2", weight: 1 },
  ],
  fixed: [{ request: "fx", slot: "s3" }],
};
const draft: ScheduleSolution = {
  meetings: [
    { request: "fx", slot: "s3" },
    { request: "r1", slot: "s1", interpreter: "i1" },
    { request: "r2", slot: "s2" },
  ],
  unscheduled: ["r3", "r4", "r5"],
};

describe("checkPlacement", () => {
  it("finds no conflict for a safe move, and the moved draft validates", () => {
    const move = { request: "r5", slot: "s2", interpreter: "i2" };
    expect(checkPlacement(problem, draft, move)).toEqual([]);
    expect(validateSolution(problem, applyPlacement(draft, move))).toEqual([]);
  });

  it("ignores the moved meeting's own current place", () => {
    expect(checkPlacement(problem, draft, { request: "r1", slot: "s2", interpreter: "i1" })).toEqual([
      { kind: "participantDoubleBooked", request: "r1", slot: "s2", participant: "p1" },
    ]);
    expect(checkPlacement(problem, draft, { request: "r2", slot: "s1" })).toEqual([
      { kind: "participantDoubleBooked", request: "r2", slot: "s1", participant: "p1" },
    ]);
  });

  it("reports what a bad move breaks, as the validator would", () => {
    const cases = [
      { request: "nope", slot: "s1" },
      { request: "fx", slot: "s1" },
      { request: "r2", slot: "s9" },
      { request: "r3", slot: "s3" },
      { request: "r5", slot: "s1", interpreter: "i1" },
      { request: "r5", slot: "s2" },
      { request: "r5", slot: "s2", interpreter: "i9" },
      { request: "r4", slot: "s3", interpreter: "i1" },
      { request: "r2", slot: "s2", interpreter: "i2" },
    ];
    expect(cases.map((move) => checkPlacement(problem, draft, move).map((c) => c.kind))).toEqual([
      ["unknownRequest"],
      ["fixedMoved"],
      ["unknownSlot"],
      ["participantUnavailable"],
      ["participantDoubleBooked", "interpreterDoubleBooked"],
      ["interpreterMissing"],
      ["unknownInterpreter"],
      ["interpreterUnavailable"],
      ["interpreterUnneeded"],
    ]);
    // Every conflict checkPlacement names is one the validator finds in the moved draft.
    for (const move of cases.slice(3)) {
      const found = validateSolution(problem, applyPlacement(draft, move)).filter((c) => c.request === move.request);
      expect(found.map((c) => c.kind).sort()).toEqual(
        checkPlacement(problem, draft, move)
          .map((c) => c.kind)
          .sort(),
      );
    }
  });

  it("drops a meeting back to unscheduled, but never a fixed one", () => {
    expect(dropPlacement(problem, draft, "r2")).toEqual({
      meetings: draft.meetings.filter((m) => m.request !== "r2"),
      unscheduled: ["r3", "r4", "r5", "r2"],
    });
    expect(dropPlacement(problem, draft, "fx")).toBe(draft);
  });
});

describe("pickFreeInterpreter", () => {
  it("picks an on-shift interpreter who is free in that slot, least loaded first", () => {
    expect(pickFreeInterpreter(problem, draft.meetings, "s2")).toBe("i2"); // i1 already has a meeting
    expect(pickFreeInterpreter(problem, draft.meetings, "s1")).toBeNull(); // i1 busy, i2 off shift
    expect(pickFreeInterpreter(problem, draft.meetings, "s1", "r1")).toBe("i1"); // moving r1 frees i1
    expect(pickFreeInterpreter(problem, draft.meetings, "s3")).toBeNull();
  });
});

describe("explainUnscheduled", () => {
  it("names the most fundamental reason", () => {
    expect(explainUnscheduled(problem, draft)).toEqual({ r3: "noCommonSlot", r4: "noInterpreter", r5: "slotsTaken" });
  });

  it("counts a fixed meeting as busy", () => {
    const blocked: ScheduleProblem = { ...problem, fixed: [{ request: "r3", slot: "s3" }] };
    const solution = { meetings: [{ request: "r3", slot: "s3" }], unscheduled: ["r4"] };
    // r4's parties (p4, p5) share only s3, where p4 is in the fixed meeting r3.
    expect(explainUnscheduled(blocked, solution)).toEqual({ r4: "noCommonSlot" });
  });
});
