import { describe, expect, it } from "vitest";
import { generateInstance, INSTANCE_SIZES } from "@/scripts/bench/scheduler-generate";
import type { ScheduleProblem } from "./problem";
import { solveSchedule } from "./solve";
import { bruteForceOptimum, placedWeight, slots, tinyProblem } from "./test-problems";
import { validateSolution } from "./validate";

const people = (ids: string[], available: string[]) => ids.map((id) => ({ id, available }));

describe("solveSchedule: known optima", () => {
  it("beats greedy by weight when one heavy meeting blocks two lighter ones", () => {
    // One slot. r1 (10) alone uses p1 and p2; r2 + r3 (6 + 6) use them in two separate meetings.
    const problem: ScheduleProblem = {
      slots: slots(1),
      participants: people(["p1", "p2", "p3", "p4"], ["s1"]),
      interpreters: [],
      requests: [
        { id: "r1", a: "p1", b: "p2", weight: 10 },
        { id: "r2", a: "p1", b: "p3", weight: 6 },
        { id: "r3", a: "p2", b: "p4", weight: 6 },
      ],
    };
    expect(solveSchedule(problem)).toEqual({
      meetings: [
        { request: "r2", slot: "s1" },
        { request: "r3", slot: "s1" },
      ],
      unscheduled: ["r1"],
    });
  });

  it("leaves the only interpreter slot to the request that has no other, and names the interpreter", () => {
    const problem: ScheduleProblem = {
      slots: slots(2),
      participants: [...people(["p1", "p2"], ["s1", "s2"]), ...people(["p3", "p4"], ["s1"])],
      interpreters: [
        { id: "i1", available: ["s1"] },
        { id: "i2", available: ["s2"] },
      ],
      requests: [
        { id: "flexible", a: "p1", b: "p2", weight: 10, needsInterpreter: true },
        { id: "onlyS1", a: "p3", b: "p4", weight: 9, needsInterpreter: true },
      ],
    };
    expect(solveSchedule(problem)).toEqual({
      meetings: [
        { request: "flexible", slot: "s2", interpreter: "i2" },
        { request: "onlyS1", slot: "s1", interpreter: "i1" },
      ],
      unscheduled: [],
    });
  });

  it("moves a meeting to make room rather than dropping a request", () => {
    // p1 has two slots; r1 is placed first, r2 only fits s1, so r1 must take s2.
    const problem: ScheduleProblem = {
      slots: slots(2),
      participants: [...people(["p1", "p2"], ["s1", "s2"]), ...people(["p3"], ["s1"])],
      interpreters: [],
      requests: [
        { id: "r1", a: "p1", b: "p2", weight: 50 },
        { id: "r2", a: "p1", b: "p3", weight: 40 },
      ],
    };
    const solution = solveSchedule(problem);
    expect(solution.unscheduled).toEqual([]);
    expect(placedWeight(problem, solution.meetings)).toBe(90);
  });

  it("finds the brute-force optimum on many tiny random problems", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const problem = tinyProblem(seed);
      const solution = solveSchedule(problem);
      expect(validateSolution(problem, solution), `seed ${seed}`).toEqual([]);
      expect(placedWeight(problem, solution.meetings), `seed ${seed}`).toBe(bruteForceOptimum(problem));
    }
  });
});

describe("solveSchedule: rules", () => {
  const problem = generateInstance(INSTANCE_SIZES.S, 7);

  it("keeps every fixed meeting exactly as it was and schedules around it", () => {
    expect(problem.fixed!.length).toBeGreaterThan(0);
    const solution = solveSchedule(problem);
    for (const fixed of problem.fixed!) expect(solution.meetings).toContainEqual(fixed);
    expect(validateSolution(problem, solution)).toEqual([]);
  });

  it("never gives an interpreter a meeting outside their shift or two at once", () => {
    const solution = solveSchedule(problem);
    const shifts = new Map(problem.interpreters.map((i) => [i.id, new Set(i.available)]));
    const seen = new Set<string>();
    const needs = new Set(problem.requests.filter((r) => r.needsInterpreter).map((r) => r.id));
    for (const meeting of solution.meetings) {
      expect(meeting.interpreter !== undefined).toBe(needs.has(meeting.request));
      if (!meeting.interpreter) continue;
      expect(shifts.get(meeting.interpreter)!.has(meeting.slot)).toBe(true);
      expect(seen.has(`${meeting.interpreter}@${meeting.slot}`)).toBe(false);
      seen.add(`${meeting.interpreter}@${meeting.slot}`);
    }
  });

  it("lists every other request as either placed or unscheduled", () => {
    const solution = solveSchedule(problem);
    const fixed = new Set(problem.fixed!.map((f) => f.request));
    const placed = solution.meetings.map((m) => m.request).filter((id) => !fixed.has(id));
    expect([...placed, ...solution.unscheduled].sort()).toEqual(
      problem.requests
        .map((r) => r.id)
        .filter((id) => !fixed.has(id))
        .sort(),
    );
  });

  it("is deterministic: the same input gives the same output", () => {
    const first = solveSchedule(problem);
    const second = solveSchedule(structuredClone(problem));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("places nothing for a request whose parties share no slot", () => {
    const apart: ScheduleProblem = {
      slots: slots(2),
      participants: [
        { id: "p1", available: ["s1"] },
        { id: "p2", available: ["s2"] },
      ],
      interpreters: [],
      requests: [{ id: "r1", a: "p1", b: "p2", weight: 5 }],
    };
    expect(solveSchedule(apart)).toEqual({ meetings: [], unscheduled: ["r1"] });
  });
});
