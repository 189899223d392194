/**
 * The auto-scheduler (issue 6): pure functions over plain data, no database or
 * framework imports, so the app, the CLI and the benchmark run the same code.
 */
export * from "./problem";
export { solveSchedule, type SolveOptions } from "./solve";
export { validateSolution } from "./validate";
export { explainUnscheduled } from "./explain";
export { checkPlacement, applyPlacement, dropPlacement, type PlacementMove } from "./check-placement";
export { pickFreeInterpreter } from "./interpreters";
export { scheduleProblemSchema } from "./schema";
