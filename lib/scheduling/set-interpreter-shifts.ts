import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionDays } from "@/lib/time/session-window";
import { dbClient } from "./db-client";
import { loadSessionGrid } from "./load-session-grid";
import { localRangesToUtc } from "./local-ranges";
import { interpreterShiftsSchema, type InterpreterShiftsInput } from "./schemas";

/**
 * An organizer of the hosting fair sets when an interpreter works in a session:
 * wall-clock ranges on the session's days in the fair's zone, stored as UTC and
 * replacing the interpreter's earlier shifts there. Meetings already assigned to
 * the interpreter are not changed.
 */
export async function setInterpreterShifts(actor: Actor, raw: InterpreterShiftsInput) {
  requirePermission(actor, "manage:interpreter:any");
  const input = interpreterShiftsSchema.parse(raw);
  const grid = await loadSessionGrid(dbClient, input.sessionId);
  if (grid.hostOrganizationId !== actor.organizationId) throw new AppError("NOT_FOUND", "sessionNotFound");
  const interpreter = await db.user.findFirst({
    where: { id: input.interpreterId, role: "INTERPRETER" },
    select: { id: true },
  });
  if (!interpreter) throw new AppError("NOT_FOUND", "interpreterNotFound", { interpreterId: "interpreterNotFound" });
  const allowed = new Set(sessionDays(grid.timetable));
  const outside = input.days.findIndex((d) => !allowed.has(d.day));
  if (outside >= 0) {
    throw new AppError("VALIDATION", "shiftOutsideSession", { [`days.${outside}.day`]: "shiftOutsideSession" });
  }
  const shifts = localRangesToUtc(input.days, grid.timetable.timeZone);

  return db.$transaction(async (tx) => {
    await tx.interpreterShift.deleteMany({ where: { sessionId: grid.id, interpreterId: interpreter.id } });
    await tx.interpreterShift.createMany({
      data: shifts.map((s) => ({
        sessionId: grid.id,
        interpreterId: interpreter.id,
        startsAt: s.start,
        endsAt: s.end,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "interpreter.shifts-set",
      entityType: "User",
      entityId: interpreter.id,
      organizationId: actor.organizationId,
      data: { sessionId: grid.id, shifts: shifts.map((s) => [s.start.toISOString(), s.end.toISOString()]) },
    });
    return tx.interpreterShift.findMany({
      where: { sessionId: grid.id, interpreterId: interpreter.id },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true },
    });
  });
}

/** Every interpreter shift of a session, for organizers of the hosting fair. */
export async function listInterpreterShifts(actor: Actor, sessionId: string) {
  requirePermission(actor, "manage:interpreter:any");
  const grid = await loadSessionGrid(dbClient, sessionId);
  if (grid.hostOrganizationId !== actor.organizationId) throw new AppError("NOT_FOUND", "sessionNotFound");
  return db.interpreterShift.findMany({
    where: { sessionId: grid.id },
    orderBy: [{ startsAt: "asc" }, { interpreterId: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      interpreter: { select: { id: true, name: true, languages: true, disabledAt: true } },
    },
  });
}
