/**
 * The one place the app reaches the pure scheduling core (lib/scheduling/auto),
 * so the database side depends on its public entry only.
 */
export { explainUnscheduled, solveSchedule, validateSolution } from "@/lib/scheduling/auto";
