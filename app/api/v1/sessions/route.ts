import { apiRoute } from "@/lib/api/api-route";
import { sessionDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.listSessions, async ({ actor }) => ({
  sessions: (await listSessionsWithOwnRegistration(actor)).map(sessionDto),
}));

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
