/** Sums up the recovery benchmark, prints it and rewrites its section of docs/benchmarks.md. */
import os from "node:os";
import { embeddedPostgresName } from "../db/postgres-binaries";
import { writeBenchSection } from "./benchmarks-doc";
import type { Consistency, MailAccount } from "./recovery-checks";
import type { TimedAnswer } from "./recovery-load";

export type RecoveryInput = {
  answers: TimedAnswer[];
  ready: TimedAnswer[];
  /** ms since the load began: the fast shutdown was asked for, the restarted server accepted connections. */
  restart: { began: number; accepting: number };
  pid: { before: number | null; after: number | null };
  consistency: Consistency;
  mail: MailAccount;
  mailWaitSeconds: number;
  load: { users: number; seconds: number; pauseMs: number };
};

export type RecoverySummary = RecoveryInput & {
  requests: number;
  failed: number;
  failedStatuses: Record<string, number>;
  /** Seconds from the restart's start: the database accepting again, the first success after it, the last failure. */
  databaseDownSeconds: number;
  firstSuccessSeconds: number | null;
  lastFailureSeconds: number | null;
  readySeconds: number | null;
  /** Requests started a second after the database accepted again that still failed (stale connections). */
  failedAfterRecovery: number;
};

const SECTION = "## Recovery from a database restart (issue #14)";
const succeeded = (answer: TimedAnswer) => answer.status === (answer.kind === "booking" ? 201 : 200);
const seconds = (ms: number | undefined) => (ms === undefined ? null : ms / 1000);

export function summarize(input: RecoveryInput): RecoverySummary {
  const { answers, ready, restart } = input;
  const failures = answers.filter((answer) => !succeeded(answer));
  const failedStatuses: Record<string, number> = {};
  for (const failure of failures) {
    const key = `${failure.kind} ${failure.status === 0 ? "no answer" : failure.status}`;
    failedStatuses[key] = (failedStatuses[key] ?? 0) + 1;
  }
  const sinceRestart = (answer: TimedAnswer | undefined) => seconds(answer && answer.endedMs - restart.began);
  const byEnd = [...answers].sort((a, b) => a.endedMs - b.endedMs);
  const readyAgain = ready.find((answer) => answer.startedMs >= restart.began && succeeded(answer));
  return {
    ...input,
    requests: answers.length,
    failed: failures.length,
    failedStatuses,
    databaseDownSeconds: (restart.accepting - restart.began) / 1000,
    firstSuccessSeconds: sinceRestart(byEnd.find((a) => a.startedMs >= restart.began && succeeded(a))),
    lastFailureSeconds: sinceRestart(byEnd.filter((a) => !succeeded(a)).at(-1)),
    readySeconds: sinceRestart(readyAgain),
    failedAfterRecovery: failures.filter((a) => a.startedMs > restart.accepting + 1000).length,
  };
}

export function recoveryOk(summary: RecoverySummary): boolean {
  const { consistency, mail, pid } = summary;
  const partial = Object.values(consistency.partial).reduce((sum, n) => sum + n, 0);
  return (
    pid.before !== null &&
    pid.before === pid.after &&
    partial === 0 &&
    consistency.overlaps === 0 &&
    mail.missing === 0 &&
    mail.meetingsWithoutMailJob === 0 &&
    summary.failedAfterRecovery === 0 &&
    summary.firstSuccessSeconds !== null
  );
}

export function writeRecoveryReport(summary: RecoverySummary, { writeDocs }: { writeDocs: boolean }): void {
  const text = formatReport(summary);
  console.log(`\n${text}`);
  if (!writeDocs) return;
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const header =
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores (${cpu}), ` +
    `Node ${process.version}, ${embeddedPostgresName()} by \`npm run bench:recovery\` (scripts/bench/recovery.ts).`;
  writeBenchSection(SECTION, `${SECTION}\n\n${header}\n\n${text}`);
  console.log("[bench:recovery] docs/benchmarks.md updated");
}

function formatReport(s: RecoverySummary): string {
  const fmt = (value: number | null) => (value === null ? "never" : `${value.toFixed(2)} s`);
  const statuses =
    Object.entries(s.failedStatuses)
      .map(([key, n]) => `${key}: ${n}`)
      .join(", ") || "none";
  const partial = s.consistency.partial;
  const states = Object.entries(s.mail.jobsByState)
    .map(([state, n]) => `${state} ${n}`)
    .join(", ");
  return `**Setup**: one \`next start\` (production build, mail worker on) on a fresh embedded PostgreSQL with the demo fair;
its mail goes to an SMTP server inside the benchmark. ${s.load.users} virtual users, each in turn loading a catalogue page of the demo
fair and booking a meeting over \`/api/v1\` (accepting a prepared request with a bearer token), ${s.load.pauseMs} ms apart, for
${s.load.seconds} s; \`/api/ready\` polled every 100 ms. After ${(s.restart.began / 1000).toFixed(0)} s PostgreSQL gets a fast shutdown
and starts again on the same data folder and port (the launcher's \`restart()\`); the app is not touched.

| measure | result |
| --- | --- |
| requests (pages + bookings) | ${s.requests}, of which ${s.failed} failed |
| failed requests by kind and status | ${statuses} |
| database down (shutdown asked → accepting again) | ${fmt(s.databaseDownSeconds)} |
| restart → first successful request started after it | ${fmt(s.firstSuccessSeconds)} |
| restart → last failed request | ${fmt(s.lastFailureSeconds)} |
| restart → \`/api/ready\` answers 200 again | ${fmt(s.readySeconds)} |
| requests started 1 s after the database was back that failed | ${s.failedAfterRecovery} |
| app process (pid listening on the port) before / after | ${s.pid.before} / ${s.pid.after} (${s.pid.before === s.pid.after ? "never restarted" : "REPLACED"}) |
| meetings booked by the load | ${s.consistency.bookedMeetings} |
| partial bookings (accepted without meeting / meeting without accepted request / without audit row) | ${partial.acceptedWithoutMeeting} / ${partial.meetingWithoutAcceptedRequest} / ${partial.meetingWithoutAudit} |
| overlapping meetings | ${s.consistency.overlaps} |
| mail jobs of those meetings (states) | ${s.mail.jobs} (${states}) |
| delivered to the SMTP server / missing / duplicates | ${s.mail.delivered} / ${s.mail.missing} / ${s.mail.duplicates} (all in ${s.mailWaitSeconds.toFixed(1)} s after the load) |
| booked meetings without any mail job | ${s.mail.meetingsWithoutMailJob} |
`;
}
