/**
 * The auto-scheduler's input and output (issue 6). Pure data: no database or
 * framework types, so the solver runs the same in the app, the CLI
 * (`npm run schedule -- problem.json`) and the benchmark.
 *
 * Slots are the session's bookable slots in time order; they never overlap, so
 * "no overlap" means: per slot, each participant and each interpreter is in at
 * most one meeting.
 */
export type ProblemSlot = { id: string; start: string; end: string };
export type ProblemParticipant = { id: string; available: string[] };
export type ProblemInterpreter = { id: string; available: string[] };
export type ProblemRequest = { id: string; a: string; b: string; weight: number; needsInterpreter?: boolean };
/** A meeting already booked: it stays where it is and blocks its parties, slot and interpreter. */
export type FixedMeeting = { request: string; slot: string; interpreter?: string };

export type ScheduleProblem = {
  slots: ProblemSlot[];
  participants: ProblemParticipant[];
  interpreters: ProblemInterpreter[];
  requests: ProblemRequest[];
  fixed?: FixedMeeting[];
};

export type PlacedMeeting = { request: string; slot: string; interpreter?: string };

export type ScheduleSolution = { meetings: PlacedMeeting[]; unscheduled: string[] };

/** Why a request could not be placed, most fundamental first. */
export type UnscheduledReason =
  | "noCommonSlot" // the two parties share no available slot
  | "noInterpreter" // common slots exist, but no interpreter is on shift in any of them
  | "slotsTaken"; // every feasible slot is used by higher-priority meetings

/** One broken rule found by the validator. */
export type Conflict = {
  kind:
    | "unknownRequest"
    | "unknownSlot"
    | "unknownInterpreter"
    | "duplicateRequest"
    | "participantUnavailable"
    | "participantDoubleBooked"
    | "interpreterMissing"
    | "interpreterUnneeded"
    | "interpreterUnavailable"
    | "interpreterDoubleBooked"
    | "fixedMoved"
    | "fixedMissing";
  request: string;
  slot?: string;
  participant?: string;
  interpreter?: string;
};
