import { apiRoute } from "@/lib/api/api-route";
import { sessionDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { AppError } from "@/lib/errors";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";
import { dbClient } from "@/lib/scheduling/db-client";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.getSession, async ({ actor, params }) => {
  const session = (await listSessionsWithOwnRegistration(actor)).find((s) => s.id === params.id);
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  const grid = await loadSessionGrid(dbClient, session.id);
  return {
    ...sessionDto(session),
    timeZone: grid.timetable.timeZone,
    slotMinutes: grid.timetable.slotMinutes,
    requestExpiryHours: grid.requestExpiryHours,
    slots: grid.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
  };
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
