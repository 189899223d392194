/**
 * The auto-scheduler (issue 6): pure functions over plain data, no database or
 * framework imports, so the app, the CLI and the benchmark run the same code.
 */
export * from "./problem";
export { solveSchedule } from "./solve";
export { validateSolution } from "./validate";
export { explainUnscheduled } from "./explain";
