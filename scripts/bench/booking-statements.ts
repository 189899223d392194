/**
 * Statements one booking and one read send to PostgreSQL (BEGIN, COMMIT and the
 * advisory locks included), counted by a proxy in front of the database with a
 * third app instance pointed at it: what explains the gap between the two in
 * the sustained numbers. The fewest of three requests each, after a warm-up.
 */
import http from "node:http";
import type { LoadWorld } from "./booking-load-world";
import { sendApiRequest, type ApiRequest } from "./booking-load";
import { startNextServer } from "./next-server";
import { startStatementCounter } from "./statement-counter";

export type StatementCounts = { booking: number; read: number };

export async function countStatements(
  world: LoadWorld,
  {
    port,
    dbPort,
    databaseUrl,
    env,
  }: { port: number; dbPort: number; databaseUrl: string; env: Record<string, string> },
): Promise<StatementCounts> {
  const counter = await startStatementCounter(dbPort);
  const server = await startNextServer(port, {
    ...env,
    DATABASE_URL: databaseUrl.replace(`:${dbPort}/`, `:${counter.port}/`),
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // The last prepared requests: rounds the sustained load did not reach, distinct suppliers.
    const jobs = world.jobs.slice(-4);
    const booked: { id: string; token: string }[] = [];
    const counts = { booking: [] as number[], read: [] as number[] };
    const send = async (request: ApiRequest, expected: number) => {
      counter.reset();
      const answer = await sendApiRequest(agent, port, request);
      if (answer.status !== expected) throw new Error(`${request.path} answered ${answer.status}: ${answer.body}`);
      return { statements: counter.count(), body: answer.body };
    };
    for (const job of jobs) {
      const token = world.tokensBySupplier[job.supplier][0].token;
      const path = `/api/v1/meeting-requests/${job.requestId}/accept`;
      const { statements, body } = await send({ method: "POST", path, token, body: { start: job.start } }, 201);
      counts.booking.push(statements);
      booked.push({ id: JSON.parse(body).id, token });
    }
    for (const meeting of booked) {
      const request: ApiRequest = { method: "GET", path: `/api/v1/meetings/${meeting.id}`, token: meeting.token };
      counts.read.push((await send(request, 200)).statements);
    }
    // The first of each warmed the instance up (route modules, pool, pg-boss start).
    return { booking: Math.min(...counts.booking.slice(1)), read: Math.min(...counts.read.slice(1)) };
  } finally {
    agent.destroy();
    await server.stop();
    await counter.close();
  }
}
