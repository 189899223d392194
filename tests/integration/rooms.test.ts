/**
 * Video rooms: who may enter (parties, interpreter, hosting organizers looking in; nobody
 * else, whatever link they hold), the room's time window, joins serialized per room,
 * signals delivered through LISTEN/NOTIFY to their recipient only, the event stream
 * resuming from the table and ending the visit when it drops, chat privacy and product cards.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeRoomHub } from "@/lib/rooms/room-hub";
import { findRoom, requireOpenRoom } from "@/lib/rooms/room-access";
import { joinRoom } from "@/lib/rooms/join-room";
import { sendSignal } from "@/lib/rooms/send-signal";
import { roomEventStream } from "@/lib/rooms/room-event-stream";
import { postChatMessage } from "@/lib/rooms/post-chat-message";
import { listRoomChat } from "@/lib/rooms/list-room-chat";
import type { Actor } from "@/lib/auth/actor";
import { expectAppError, failureOf } from "../factories/errors";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { at, createInterpreterOnShift } from "../factories/meetings";
import { createApprovedBuyer, createApprovedSupplier } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";
import { uniqueSuffix } from "../factories/unique";

let world: BookedMeetingWorld;
let interpreter: Actor;
let meeting: { id: string; roomToken: string };
const now = at("05:00");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

beforeAll(async () => {
  world = await createBookedMeetingWorld({ shift: ["05:00", "06:00"] });
  interpreter = world.interpreter;
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
  meeting = await bookMeeting(world, "05:00", "05:20");
});

afterAll(async () => {
  await closeRoomHub();
});

type Event = { id?: string; event?: string; data?: string };

/** Reads an event stream for `ms` milliseconds (or until it ends), then cancels it. */
async function collect(response: Response, ms: number): Promise<Event[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))),
    ]);
    if (!chunk) break;
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text
    .split("\n\n")
    .map((block) => {
      const event: Event = {};
      for (const line of block.split("\n")) {
        const [field, ...rest] = line.split(": ");
        if (field === "id" || field === "event" || field === "data") event[field] = rest.join(": ");
      }
      return event;
    })
    .filter((event) => event.data !== undefined);
}

const signalsOf = (events: Event[]) =>
  events
    .filter((e) => !e.event)
    .map((e) => JSON.parse(e.data!) as { kind: string; fromUserId: string; payload: unknown });

function stream(actor: Actor, visitId: string, after: string, abort = new AbortController()) {
  return {
    abort,
    response: roomEventStream({
      meetingId: meeting.id,
      userId: actor.id,
      visitId,
      after,
      closesAt: minutes(35),
      abort: abort.signal,
    }),
  };
}

describe("room access", () => {
  it("lets in both parties, the interpreter and, looking in, an organizer of the hosting fair", async () => {
    const roles = await Promise.all(
      [world.supplier.actor, world.buyer.actor, interpreter, world.organizer].map(async (actor) => {
        const room = await requireOpenRoom(actor, meeting.roomToken, { now });
        return room.role;
      }),
    );
    expect(roles).toEqual(["SUPPLIER", "BUYER", "INTERPRETER", "ORGANIZER"]);
  });

  it("refuses a stranger, another organization, another interpreter and another host's organizer", async () => {
    const otherBuyer = await createApprovedBuyer(world.organizer);
    const otherSupplier = await createApprovedSupplier(world.organizer);
    const otherInterpreter = await createInterpreterOnShift(world.organizer, world.session.id, []);
    const otherOrganizer = await createOrganizerActor();
    for (const actor of [otherBuyer.actor, otherSupplier.actor, otherInterpreter, otherOrganizer]) {
      expect(await findRoom(actor, meeting.roomToken, { now })).toBeNull();
      await expectAppError(joinRoom(actor, meeting.roomToken, { now }), "NOT_FOUND", "roomNotFound");
    }
    // A made-up or malformed token is no room either.
    expect(await findRoom(world.buyer.actor, "x".repeat(43), { now })).toBeNull();
    expect(await findRoom(world.buyer.actor, "../../etc", { now })).toBeNull();
  });

  it("opens 10 minutes before the slot, closes 15 minutes after it, and never for a cancelled meeting", async () => {
    const buyer = world.buyer.actor;
    await expectAppError(joinRoom(buyer, meeting.roomToken, { now: minutes(-10.01) }), "INVALID_STATE", "roomNotOpen");
    await expect(requireOpenRoom(buyer, meeting.roomToken, { now: minutes(-10) })).resolves.toBeTruthy();
    await expect(requireOpenRoom(buyer, meeting.roomToken, { now: minutes(34.9) })).resolves.toBeTruthy();
    await expectAppError(joinRoom(buyer, meeting.roomToken, { now: minutes(35) }), "INVALID_STATE", "roomClosed");
    const page = await findRoom(buyer, meeting.roomToken, { now: minutes(40) });
    expect(page).toMatchObject({ window: "after", opensAt: minutes(-10), closesAt: minutes(35) });

    await db.meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED", cancelledAt: now } });
    await expectAppError(joinRoom(buyer, meeting.roomToken, { now }), "INVALID_STATE", "roomCancelled");
  });
});

describe("joining", () => {
  it("serializes two joins at once: both recorded, exactly one sees the other already there", async () => {
    const [a, b] = await Promise.all([
      joinRoom(world.buyer.actor, meeting.roomToken, { now }),
      joinRoom(world.supplier.actor, meeting.roomToken, { now }),
    ]);
    const open = await db.roomAttendance.findMany({ where: { meetingId: meeting.id, leftAt: null } });
    expect(open.map((v) => v.role).sort()).toEqual(["BUYER", "SUPPLIER"]);
    expect(a.peers.length + b.peers.length).toBe(1);
  });

  it("a second tab takes over: one open visit per person", async () => {
    const first = await joinRoom(world.buyer.actor, meeting.roomToken, { now });
    const second = await joinRoom(world.buyer.actor, meeting.roomToken, { now: minutes(1) });
    const visits = await db.roomAttendance.findMany({ where: { meetingId: meeting.id }, orderBy: { joinedAt: "asc" } });
    expect(visits.map((v) => [v.id, v.leftAt])).toEqual([
      [first.visitId, minutes(1)],
      [second.visitId, null],
    ]);
    expect(second.peers).toEqual([]);
  });
});

describe("signalling", () => {
  it("delivers a signal to its recipient only, ends a visit when its stream drops, and resumes from the table", async () => {
    const supplier = await joinRoom(world.supplier.actor, meeting.roomToken, { now });
    const buyer = await joinRoom(world.buyer.actor, meeting.roomToken, { now });
    const interp = await joinRoom(interpreter, meeting.roomToken, { now });
    const supplierEvents = collect(stream(world.supplier.actor, supplier.visitId, interp.after).response, 2500);
    const buyerEvents = collect(stream(world.buyer.actor, buyer.visitId, interp.after).response, 1200);
    const interpreterEvents = collect(stream(interpreter, interp.visitId, interp.after).response, 1200);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const offer = { type: "offer", sdp: "v=0 fake" };
    const to = world.buyer.actor.id;
    await sendSignal(world.supplier.actor, meeting.roomToken, { kind: "offer", toUserId: to, payload: offer }, { now });
    expect(signalsOf(await buyerEvents)).toEqual([
      expect.objectContaining({ kind: "offer", fromUserId: world.supplier.actor.id, payload: offer }),
    ]);
    expect(signalsOf(await interpreterEvents)).toEqual([]);

    // Both streams were dropped (read, then cancelled): their visits end and the supplier is told.
    await expect.poll(() => db.roomAttendance.count({ where: { meetingId: meeting.id, leftAt: null } })).toBe(1);
    const byes = signalsOf(await supplierEvents).filter((s) => s.kind === "bye");
    expect(byes.map((s) => s.fromUserId).sort()).toEqual([world.buyer.actor.id, interpreter.id].sort());

    // From the supplier's hello, the table replays to the buyer what came after (its own "bye" is not for
    // it; the supplier's stream has ended meanwhile too).
    const replayed = signalsOf(await collect(stream(world.buyer.actor, buyer.visitId, supplier.after).response, 400));
    expect(replayed.map((s) => [s.kind, s.fromUserId])).toEqual([
      ["hello", interpreter.id],
      ["offer", world.supplier.actor.id],
      ["bye", interpreter.id],
      ["bye", world.supplier.actor.id],
    ]);
  });

  it("refuses signals from outside the room and to someone not in it", async () => {
    await joinRoom(world.supplier.actor, meeting.roomToken, { now });
    const stranger = await createApprovedBuyer(world.organizer);
    const payload = { candidate: "x" };
    await expectAppError(
      sendSignal(
        stranger.actor,
        meeting.roomToken,
        { kind: "candidate", toUserId: world.supplier.actor.id, payload },
        { now },
      ),
      "NOT_FOUND",
    );
    // The buyer may be in the meeting but has not joined: no signals yet, neither to nor from them.
    await expectAppError(
      sendSignal(
        world.supplier.actor,
        meeting.roomToken,
        { kind: "candidate", toUserId: world.buyer.actor.id, payload },
        { now },
      ),
      "INVALID_STATE",
      "roomPeerGone",
    );
    await expectAppError(
      sendSignal(
        world.buyer.actor,
        meeting.roomToken,
        { kind: "candidate", toUserId: world.supplier.actor.id, payload },
        { now },
      ),
      "INVALID_STATE",
      "roomNotJoined",
    );
    expect(await db.roomSignal.count({ where: { kind: "candidate" } })).toBe(0);
  });
});

describe("room chat", () => {
  async function product(organizationId: string, visibility: "VISIBLE" | "HIDDEN_BY_SUPPLIER" = "VISIBLE") {
    const suffix = uniqueSuffix();
    const category = await db.category.create({
      data: { slug: `room-chat-${suffix}`, nameEn: "Fleece", nameZh: "摇粒绒", nameRu: "Флис" },
    });
    return db.product.create({
      data: {
        organizationId,
        categoryId: category.id,
        nameEn: `Polar fleece ${suffix}`,
        hsCode: "600192",
        moq: 1000,
        moqUnit: "m",
        priceMinMinor: 1850n,
        priceMaxMinor: 2400n,
        currency: "CNY",
        visibility,
      },
    });
  }

  it("keeps the chat for the meeting's people only", async () => {
    await joinRoom(world.buyer.actor, meeting.roomToken, { now });
    const line = await postChatMessage(
      world.buyer.actor,
      meeting.roomToken,
      { body: "  Samples by Friday?  " },
      { now },
    );
    expect(line).toMatchObject({ body: "Samples by Friday?", authorName: world.buyer.actor.name, product: null });
    for (const actor of [world.supplier.actor, world.buyer.actor, interpreter, world.organizer]) {
      expect((await listRoomChat(actor, meeting.id)).map((m) => m.id)).toEqual([line.id]);
    }
    const stranger = await createApprovedBuyer(world.organizer);
    expect(await listRoomChat(stranger.actor, meeting.id)).toEqual([]);
    expect(await listRoomChat(await createOrganizerActor(), meeting.id)).toEqual([]);
    // Writing needs an open visit (the interpreter has not joined) and is not for organizers.
    await expectAppError(
      postChatMessage(interpreter, meeting.roomToken, { body: "Hi" }, { now }),
      "INVALID_STATE",
      "roomNotJoined",
    );
    await joinRoom(world.organizer, meeting.roomToken, { now });
    await expectAppError(
      postChatMessage(world.organizer, meeting.roomToken, { body: "Hi" }, { now }),
      "FORBIDDEN",
      "roomLookInOnly",
    );
    const empty = await failureOf(postChatMessage(world.buyer.actor, meeting.roomToken, { body: "   " }, { now }));
    expect((empty as Error).name).toBe("ZodError");
  });

  it("lets the supplier share its own visible products only", async () => {
    await joinRoom(world.supplier.actor, meeting.roomToken, { now });
    await joinRoom(world.buyer.actor, meeting.roomToken, { now });
    const own = await product(world.supplier.organization.id);
    const card = await postChatMessage(world.supplier.actor, meeting.roomToken, { productId: own.id }, { now });
    expect(card.product).toMatchObject({ id: own.id, nameEn: own.nameEn, priceMinMinor: "1850", currency: "CNY" });
    expect(card.body).toBe(own.nameEn);

    const hidden = await product(world.supplier.organization.id, "HIDDEN_BY_SUPPLIER");
    const foreign = await product((await createApprovedSupplier(world.organizer)).organization.id);
    for (const productId of [hidden.id, foreign.id]) {
      await expectAppError(
        postChatMessage(world.supplier.actor, meeting.roomToken, { productId }, { now }),
        "FORBIDDEN",
        "productNotYours",
      );
    }
    await expectAppError(
      postChatMessage(world.buyer.actor, meeting.roomToken, { productId: own.id }, { now }),
      "FORBIDDEN",
      "productNotYours",
    );
    expect(await db.roomChatMessage.count({ where: { meetingId: meeting.id } })).toBe(1);
  });
});
