import { apiRoute } from "@/lib/api/api-route";
import { sessionDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";

export const GET = apiRoute(endpoints.listSessions, async ({ actor }) => ({
  sessions: (await listSessionsWithOwnRegistration(actor)).map(sessionDto),
}));
