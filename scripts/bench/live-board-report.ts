/** Prints the live-board benchmark and rewrites its section of docs/benchmarks.md. */
import { writeBenchSection } from "./benchmarks-doc";
import os from "node:os";
import { embeddedPostgresName } from "../db/postgres-binaries";

export type LivePhase = {
  viewers: number;
  seconds: number;
  /** Room joins and leaves written during the window. */
  events: number;
  /** Boards the first viewer received during the window (each one recomputation that changed the board). */
  updates: number;
  /** Statements the app sent to PostgreSQL during the window. */
  statements: number;
  serverMs: number;
  databaseMs: number;
  /** Mean bytes of one board event. */
  eventBytes: number;
  /** Connecting the viewers: statements and server CPU for all of them. */
  connect: { statements: number; serverMs: number };
};

export type LiveBoardReport = {
  date: Date;
  meetings: number;
  openRooms: number;
  ratePerSecond: number;
  phases: LivePhase[];
  burst: { joins: number; updates: number; statements: number };
  loadAverage: { before: number[]; after: number[] };
};

const SECTION = "## Live board (issue #13)";
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");

export function perOrganizerPerMinute(phase: LivePhase, baseline: LivePhase): number | null {
  if (phase.viewers === 0) return null;
  return (phase.serverMs - baseline.serverMs) / phase.viewers / (phase.seconds / 60);
}

export function statementsPerUpdate(phase: LivePhase, baseline: LivePhase): number | null {
  if (phase.updates === 0) return null;
  return (phase.statements - baseline.statements) / phase.updates;
}

function rows(report: LiveBoardReport): string[][] {
  const baseline = report.phases[0];
  return report.phases.map((phase) => {
    const perOrganizer = perOrganizerPerMinute(phase, baseline);
    const perUpdate = statementsPerUpdate(phase, baseline);
    return [
      phase.viewers === 0 ? "0 (baseline)" : String(phase.viewers),
      String(phase.events),
      String(phase.updates),
      String(phase.statements),
      perUpdate === null ? "–" : perUpdate.toFixed(2),
      ((phase.serverMs / phase.seconds) * 60).toFixed(0),
      perOrganizer === null ? "–" : perOrganizer.toFixed(1),
      ((phase.databaseMs / phase.seconds) * 60).toFixed(0),
      phase.eventBytes ? (phase.eventBytes / 1024).toFixed(1) : "–",
      phase.viewers
        ? `${(phase.connect.statements / phase.viewers).toFixed(1)} / ${(phase.connect.serverMs / phase.viewers).toFixed(0)}`
        : "–",
    ];
  });
}

const HEADER = [
  "organizers connected",
  "joins + leaves",
  "board updates",
  "statements",
  "statements per update",
  "server CPU ms/min",
  "server CPU per organizer, ms/min",
  "PostgreSQL CPU ms/min",
  "board event, KB",
  "per connection: statements / server CPU ms",
];

export function printReport(report: LiveBoardReport): void {
  console.log(`\n${HEADER.join(" | ")}`);
  for (const row of rows(report)) console.log(row.join(" | "));
  console.log(
    `burst: ${report.burst.joins} joins at once -> ${report.burst.updates} board update(s), ${report.burst.statements} statements`,
  );
  console.log(`load average before ${load(report.loadAverage.before)}, after ${load(report.loadAverage.after)}`);
}

export function formatReport(report: LiveBoardReport): string {
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, ${embeddedPostgresName()}`;
  const seconds = report.phases[0]?.seconds ?? 0;
  const [baseline, first, last] = [report.phases[0], report.phases[1], report.phases.at(-1)];
  const shared = first?.updates ? (first.serverMs - baseline.serverMs) / first.updates : null;
  const marginal =
    first && last && last.viewers > first.viewers
      ? (last.serverMs - first.serverMs) / (last.viewers - first.viewers) / (last.seconds / 60)
      : null;
  const eventKb = last?.eventBytes ? (last.eventBytes / 1024).toFixed(0) : "–";
  const marginalText =
    marginal === null
      ? "–"
      : marginal > 0
        ? `**${marginal.toFixed(1)} ms per minute**`
        : `less than the measurement resolves (${first!.viewers} and ${last!.viewers} organizers cost ${((first!.serverMs / first!.seconds) * 60).toFixed(0)} and ${((last!.serverMs / last!.seconds) * 60).toFixed(0)} ms/min)`;
  const busy =
    Math.max(report.loadAverage.before[0], report.loadAverage.after[0]) > os.cpus().length
      ? ` The machine was shared with other work during this run (load above its ${os.cpus().length} cores), which inflates CPU times.`
      : "";
  const table = [HEADER, HEADER.map(() => "---:"), ...rows(report)].map((row) => `| ${row.join(" | ")} |`).join("\n");
  return `${SECTION}

Measured ${report.date.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine} by \`npm run bench:live-board\`
(scripts/bench/live-board.ts). Load average (1 / 5 / 15 min) before: ${load(report.loadAverage.before)}; after: ${load(report.loadAverage.after)}.

**Setup**: one \`next start\` (production build, no mail or match-table worker) on an embedded PostgreSQL, a session live now
with ${report.meetings} meetings in the day (15-minute slots around the current time, ${report.openRooms} rooms open), 100 suppliers,
100 buyers, 12 interpreters on shift. Organizers hold the board's event stream open (\`/api/live/sessions/[id]/events\`, session cookie)
while buyers enter and leave open rooms at ${report.ratePerSecond} per second, written exactly as the room API writes them (visit row,
\`hello\`/\`bye\` signal, NOTIFY). Each phase lasts ${seconds} s; statements are counted by a proxy between the app and PostgreSQL, CPU
from /proc (10 ms ticks). The baseline phase runs the same stream of joins and leaves with nobody watching.

${table}

**Reading it**: *statements per update* is the statements of the phase (minus the baseline's) divided by the boards one viewer
received. It is 1 whatever the number of organizers: the board of a session lives once per app instance, holds the day's rows, and a
burst of joins or leaves re-reads only the changed rooms' visits (one statement); the clock's own changes (a room opens, a slot starts,
a no-show deadline passes) re-read nothing, and the whole day (two statements, plus the session) is read again once a minute as the
safety net for meeting edits, which is the fraction above 1. *Server CPU per organizer* is the phase's server CPU minus the baseline's,
divided by the organizers and the minutes: the shared rebuild spread over them plus each stream's own writes. Split apart:
${shared === null ? "–" : `**${shared.toFixed(1)} ms**`} of server CPU per board update for the session (read, rebuild, serialize; paid
once, however many watch), and ${marginalText} for each further organizer (queuing the ${eventKb} KB event on one more stream, keep-alives). Connecting costs each organizer ${last?.viewers ? (last.connect.statements / last.viewers).toFixed(0) : "–"} statements (reading the actor and checking the
session through Prisma); the board itself comes from the instance's copy. PostgreSQL's CPU is summed over its processes, which come
and go within a phase: read it as a rough figure.${busy}

**Bursts**: ${report.burst.joins} joins written at once (one per open room) reached a viewer as ${report.burst.updates} board update(s)
and cost ${report.burst.statements} statement(s): changes arriving within the 250 ms debounce window are folded into one rebuild.
`;
}

export function writeReport(report: LiveBoardReport, file = "docs/benchmarks.md"): void {
  writeBenchSection(SECTION, formatReport(report), { file });
}
