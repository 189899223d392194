/**
 * Auto-schedule a problem file (issue 6):
 *
 *   npm run schedule -- problem.json > solution.json
 *
 * Prints the solution JSON on stdout. A missing, unreadable or invalid file is
 * reported on stderr with exit code 1. If the fixed meetings in the file
 * already break a rule, the solution is still printed, with a warning on stderr.
 */
import { readFileSync } from "node:fs";
import { scheduleProblemSchema } from "@/lib/scheduling/auto/schema";
import { solveSchedule } from "@/lib/scheduling/auto/solve";
import { validateSolution } from "@/lib/scheduling/auto/validate";

function fail(message: string): never {
  process.stderr.write(`schedule: ${message}\n`);
  process.exit(1);
}

const file = process.argv.slice(2).find((arg) => arg !== "--");
if (!file) fail("usage: npm run schedule -- problem.json");

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`${file} is not valid JSON: ${(error as Error).message}`);
}
const parsed = scheduleProblemSchema.safeParse(json);
if (!parsed.success) {
  const lines = parsed.error.issues
    .slice(0, 20)
    .map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
  const more = parsed.error.issues.length > 20 ? `\n  ... and ${parsed.error.issues.length - 20} more` : "";
  fail(`${file} is not a valid problem:\n${lines.join("\n")}${more}`);
}

const solution = solveSchedule(parsed.data);
const conflicts = validateSolution(parsed.data, solution);
if (conflicts.length > 0) {
  process.stderr.write(`schedule: warning: the fixed meetings already conflict: ${JSON.stringify(conflicts)}\n`);
}
process.stdout.write(`${JSON.stringify(solution, null, 2)}\n`);
