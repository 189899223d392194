import { apiRoute } from "@/lib/api/api-route";
import { meetingDetailDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.getMeeting, async ({ actor, locale, params }) =>
  meetingDetailDto(await getMeeting(actor, params.id), locale),
);

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
