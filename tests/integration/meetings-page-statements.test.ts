/**
 * "My meetings" reads a fixed number of SQL statements however many requests wait
 * for an answer (it once read each request's free slots one by one, about four
 * statements each), and the batched slots are the ones freeSlots gives each pair.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopBoss } from "@/lib/jobs/boss";
import { loadMeetingsOverview } from "@/lib/meetings/load-meetings-overview";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { freeSlots } from "@/lib/scheduling/find-free-slots";
import { startStatementCounter, type StatementCounter } from "@/scripts/bench/statement-counter";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  type MeetingWorld,
} from "../factories/meetings";

const now = beforeTheFair;
let counter: StatementCounter;
let world: MeetingWorld;

beforeAll(async () => {
  // Every statement of this file goes through the counting proxy (lib/db keys its client by URL).
  const url = new URL(process.env.DATABASE_URL!);
  counter = await startStatementCounter(Number(url.port || 5432), url.hostname);
  url.hostname = "127.0.0.1";
  url.port = String(counter.port);
  process.env.DATABASE_URL = url.toString();
  world = await createMeetingWorld({ suppliers: 1, buyers: 10 });
  await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "07:00"]]);
});

afterAll(async () => {
  // Requests queue mail through pg-boss: stop it before its connections through the proxy go away.
  await stopBoss();
  await counter?.close();
});

async function statementsOfOverview() {
  counter.reset();
  const overview = await loadMeetingsOverview(world.supplier.actor, { now });
  return { overview, statements: counter.count(), texts: counter.texts() };
}

function askSupplier(buyerIndex: number) {
  const buyer = world.buyers[buyerIndex];
  return requestMeeting(
    buyer.actor,
    {
      sessionId: world.session.id,
      organizationId: world.supplier.organization.id,
      preferredSlots: [at("06:00")],
      needsInterpreter: buyerIndex % 2 === 1,
    },
    { now },
  );
}

describe("the meetings page's loader", () => {
  it("issues the same number of statements for one pending request as for ten", async () => {
    await askSupplier(0);
    await statementsOfOverview(); // connections opened, nothing cached: only the steady state is compared
    const one = await statementsOfOverview();
    for (let i = 1; i < 10; i++) await askSupplier(i);
    const ten = await statementsOfOverview();

    expect(one.overview.acceptable.size).toBe(1);
    expect(ten.overview.acceptable.size).toBe(10);
    expect(ten.statements, ten.texts.join("\n")).toBe(one.statements);
  });

  it("offers each request the slots freeSlots gives its pair, the preferred one first", async () => {
    const { overview } = await statementsOfOverview();
    for (const request of overview.incoming) {
      const expected = await freeSlots(world.session.id, request.fromOrganization.id, world.supplier.organization.id, {
        needsInterpreter: request.needsInterpreter,
        now,
      });
      const offered = overview.acceptable.get(request.id) ?? [];
      expect(offered.length).toBe(expected.length);
      expect(offered.map((slot) => slot.start).sort((a, b) => a.getTime() - b.getTime())).toEqual(
        expected.map((slot) => slot.start),
      );
      if (expected.some((slot) => slot.start.getTime() === at("06:00").getTime())) {
        expect(offered[0]).toMatchObject({ start: at("06:00"), preferred: true });
      }
    }
  });
});
