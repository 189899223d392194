/** Prints the booking benchmark and formats its section of docs/benchmarks.md. */
import { writeBenchSection } from "./benchmarks-doc";
import os from "node:os";
import type { LoadStats } from "./booking-load";
import type { RaceRound } from "./booking-race";
import type { StatementCounts } from "./booking-statements";
import type { SustainedResult } from "./booking-sustained";
import { embeddedPostgresName } from "../db/postgres-binaries";

export type BookingReport = {
  date: Date;
  ports: number[];
  races: RaceRound[];
  /** Statements sent to PostgreSQL by one booking and one read (booking-statements.ts). */
  statements: StatementCounts;
  sustained: SustainedResult;
  setup: { pairs: number; rounds: number; raceRequests: number };
  loadAverage: { before: number[]; after: number[] };
};

const SECTION = "## Booking (issue #5)";
const ms = (value: number) => `${Math.round(value)} ms`;
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");
const statusList = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${n} × ${status}`)
    .join(", ");

export function raceOk(report: BookingReport): boolean {
  return report.races.every((race) => race.ok);
}

export function sustainedOk({ sustained }: BookingReport): boolean {
  return sustained.booking.ok === sustained.booking.requests && sustained.read.ok === sustained.read.requests;
}

export function printReport(report: BookingReport): void {
  console.log("\nRace: same slot, one contested organization, clients spread over ports " + report.ports.join(" + "));
  console.log(
    `${"contested".padEnd(14)}${"slot (UTC)".padEnd(26)}${"clients".padStart(8)}  ${"answers".padEnd(28)}${"in slot".padStart(8)}${"release".padStart(9)}${"last".padStart(9)}  verdict`,
  );
  for (const race of report.races) {
    console.log(
      `${race.kind.padEnd(14)}${race.slot.padEnd(26)}${String(race.clients).padStart(8)}  ${statusList(race.statuses).padEnd(28)}${String(race.meetingsInSlot).padStart(8)}` +
        `${race.spreadMs.toFixed(1).padStart(7)}ms${ms(race.lastMs).padStart(9)}  ${race.ok ? "ok" : `FAILED: ${race.problems.join("; ")}`}`,
    );
  }
  const { booking, read, single, cpu } = report.sustained;
  const line = (name: string, r: LoadStats) =>
    `${name.padEnd(34)}${String(r.requests).padStart(8)}${r.perSecond.toFixed(1).padStart(9)}${ms(r.p50).padStart(8)}${ms(r.p95).padStart(8)}${ms(r.p99).padStart(8)}  ${statusList(r.statuses)}`;
  console.log(`\nSustained, ${booking.connections} connections over ports ${report.ports.join(" + ")}`);
  console.log(
    `${"target".padEnd(34)}${"requests".padStart(8)}${"ok/s".padStart(9)}${"p50".padStart(8)}${"p95".padStart(8)}${"p99".padStart(8)}  answers`,
  );
  console.log(line("booking (POST .../accept)", booking));
  console.log(line("read (GET /meetings/{id})", read));
  console.log(
    `ratio read : booking = ${(read.perSecond / booking.perSecond).toFixed(1)} : 1 (throughput), p95 ${(booking.p95 / read.p95).toFixed(1)} × the read's`,
  );
  console.log(
    `one client alone (p50 of ${single.samples}): booking ${ms(single.bookingP50)}, read ${ms(single.readP50)}`,
  );
  if (cpu) {
    console.log(
      `CPU per request: booking next ${cpu.booking.serverMs.toFixed(1)} ms + postgres ${cpu.booking.databaseMs.toFixed(1)} ms;` +
        ` read next ${cpu.read.serverMs.toFixed(1)} ms + postgres ${cpu.read.databaseMs.toFixed(1)} ms`,
    );
  }
  console.log(`statements per request: booking ${report.statements.booking}, read ${report.statements.read}`);
  console.log(`load average before ${load(report.loadAverage.before)}, after ${load(report.loadAverage.after)}`);
}

export function formatReport(report: BookingReport): string {
  const { booking, read, single, cpu } = report.sustained;
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}, ${embeddedPostgresName()}`;
  const row = (name: string, r: LoadStats) =>
    `| ${name} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${statusList(r.statuses)} |`;
  return `${SECTION}

Measured ${report.date.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}; two \`next start\` instances
(ports ${report.ports.join(", ")}) share one database. Load average (1 / 5 / 15 min) before: ${load(report.loadAverage.before)};
during the booking load: ${load(report.sustained.loadDuring)}; after: ${load(report.loadAverage.after)}.

**Race**: ${report.races[0]?.clients ?? 0} API clients (each its own token) accept ${report.races[0]?.clients ?? 0} different pending requests into the same
slot, alternating between the instances, all released within a few milliseconds (each request held back by its last
header byte until every client is connected). "One supplier": one supplier's integrations accept requests from
${report.setup.raceRequests} buyers; "one buyer": ${report.setup.raceRequests} suppliers accept the requests of one buyer. Each round contests the next slot
with the requests still pending. Checked in SQL afterwards (meetings of the contested organization overlapping the slot,
requests ACCEPTED).

| Contested | Slot (UTC) | Clients | Answers | Meetings in the slot | Last answer | Verdict |
| --- | --- | ---: | --- | ---: | ---: | --- |
${report.races.map((r) => `| ${r.kind} | ${r.slot} | ${r.clients} | ${statusList(r.statuses)} | ${r.meetingsInSlot} | ${ms(r.lastMs)} | ${r.ok ? "ok" : `**failed**: ${r.problems.join("; ")}`} |`).join("\n")}

Every 409 is CONFLICT "slot taken" with \`nextFreeSlots\` starting at the following slot.

**Sustained booking** of distinct slots (${report.setup.pairs} suppliers × ${report.setup.pairs} buyers, ${report.setup.rounds} rounds of distinct pairs; no two
bookings conflict): a booking is \`POST /api/v1/meeting-requests/{id}/accept\` of a request created beforehand (201 with the
meeting, mail jobs queued); the read is \`GET /api/v1/meetings/{id}\` of a booked meeting. ${booking.connections} closed-loop connections,
${Math.round(booking.seconds)} s each, over both instances.

| Target | Requests | OK/s | p50 | p95 | p99 | Answers |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${row("Booking (accept)", booking)}
${row("Read (GET meeting)", read)}

Ratio read : booking = **${(read.perSecond / booking.perSecond).toFixed(1)} : 1** in throughput; booking p95 is ${(booking.p95 / read.p95).toFixed(1)} × the read's.
One client alone (median of ${single.samples}): booking ${ms(single.bookingP50)}, read ${ms(single.readP50)}.
${cpu ? `CPU per request (/proc, both instances): booking ${cpu.booking.serverMs.toFixed(1)} ms Next + ${cpu.booking.databaseMs.toFixed(1)} ms PostgreSQL; read ${cpu.read.serverMs.toFixed(1)} ms + ${cpu.read.databaseMs.toFixed(1)} ms.\n` : ""}Statements sent to PostgreSQL (counted by a proxy, BEGIN/COMMIT and locks included): booking ${report.statements.booking}, read ${report.statements.read}.

**Reproduce**: \`npm run bench:booking\` (builds into \`.next-bench-booking\`, embedded PostgreSQL on port 54371, app on 3310 and 3311 (3312 for the statement count);
\`--no-build\`, \`--skip-type-check\`, \`--connections N\`, \`--seconds N\`, \`--race-clients N\`, \`--race-rounds N\`, \`--write-docs\`).
`;
}

export function writeReport(report: BookingReport, file = "docs/benchmarks.md"): void {
  writeBenchSection(SECTION, formatReport(report), { file });
}
