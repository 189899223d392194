/**
 * What must hold after PostgreSQL restarted under load (the recovery benchmark):
 * - no partial booking: a booking is one transaction that marks the request ACCEPTED,
 *   inserts the meeting and its audit row; all three exist for every booked request
 *   of the load, or none of them (the request is still PENDING);
 * - no overlapping meetings of one organization;
 * - every mail job of the load's meetings was delivered: one message per job to its
 *   recipient's address; meetings the load booked without any mail job were booked
 *   while queueing failed (mail queued after the commit, lib/jobs/mail-queue.ts).
 */
import type pg from "pg";

export type Consistency = {
  bookedMeetings: number;
  /** Requests ACCEPTED without a meeting, meetings whose request is not ACCEPTED, meetings without their audit row. */
  partial: { acceptedWithoutMeeting: number; meetingWithoutAcceptedRequest: number; meetingWithoutAudit: number };
  overlaps: number;
};

export type MailAccount = {
  jobs: number;
  jobsByState: Record<string, number>;
  delivered: number;
  missing: number;
  duplicates: number;
  /** Booked meetings of the load that got no mail job at all. */
  meetingsWithoutMailJob: number;
};

const loadRequests = "r.id LIKE 'bk-lr-%'";

export async function checkConsistency(client: pg.Client): Promise<Consistency> {
  const count = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0].n;
  return {
    bookedMeetings: await count(
      `SELECT count(*)::int AS n FROM "Meeting" m JOIN "MeetingRequest" r ON r.id = m."requestId" WHERE ${loadRequests}`,
    ),
    partial: {
      acceptedWithoutMeeting: await count(
        `SELECT count(*)::int AS n FROM "MeetingRequest" r WHERE ${loadRequests} AND r.status = 'ACCEPTED'
           AND NOT EXISTS (SELECT 1 FROM "Meeting" m WHERE m."requestId" = r.id)`,
      ),
      meetingWithoutAcceptedRequest: await count(
        `SELECT count(*)::int AS n FROM "Meeting" m JOIN "MeetingRequest" r ON r.id = m."requestId"
         WHERE ${loadRequests} AND r.status <> 'ACCEPTED'`,
      ),
      meetingWithoutAudit: await count(
        `SELECT count(*)::int AS n FROM "Meeting" m JOIN "MeetingRequest" r ON r.id = m."requestId"
         WHERE ${loadRequests} AND NOT EXISTS (SELECT 1 FROM "AuditLog" a WHERE a.action = 'meetingRequest.accepted'
           AND a."entityId" = r.id AND a.data->>'meetingId' = m.id)`,
      ),
    },
    overlaps: await count(
      `SELECT count(*)::int AS n FROM "Meeting" a JOIN "Meeting" b ON a.id < b.id
       AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
       AND (a."supplierOrgId" = b."supplierOrgId" OR a."buyerOrgId" = b."buyerOrgId")
       AND tstzrange(a."startsAt", a."endsAt", '[)') && tstzrange(b."startsAt", b."endsAt", '[)')`,
    ),
  };
}

/** The mail jobs of the load's meetings, by state, and `received` (recipient addresses of the messages) matched against them. */
export async function accountMail(client: pg.Client, received: string[]): Promise<MailAccount> {
  const { rows: jobs } = await client.query<{ state: string; email: string }>(
    `SELECT j.state, u.email FROM pgboss.job j
     JOIN "Meeting" m ON m.id = j.data->>'meetingId'
     JOIN "MeetingRequest" r ON r.id = m."requestId"
     JOIN "User" u ON u.id = j.data->>'recipientId'
     WHERE j.name = 'mail' AND ${loadRequests}`,
  );
  const expected = tally(jobs.map((job) => job.email.toLowerCase()));
  const got = tally(received.map((address) => address.toLowerCase()).filter((address) => expected.has(address)));
  let missing = 0;
  let duplicates = 0;
  for (const [address, n] of expected) missing += Math.max(0, n - (got.get(address) ?? 0));
  for (const [address, n] of got) duplicates += Math.max(0, n - (expected.get(address) ?? 0));
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Meeting" m JOIN "MeetingRequest" r ON r.id = m."requestId"
     WHERE ${loadRequests} AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'mail' AND j.data->>'meetingId' = m.id)`,
  );
  return {
    jobs: jobs.length,
    jobsByState: Object.fromEntries(tally(jobs.map((job) => job.state))),
    delivered: jobs.length - missing,
    missing,
    duplicates,
    meetingsWithoutMailJob: rows[0].n,
  };
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
