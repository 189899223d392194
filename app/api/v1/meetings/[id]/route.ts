import { apiRoute } from "@/lib/api/api-route";
import { meetingDetailDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { getMeeting } from "@/lib/meetings/get-meeting";

export const GET = apiRoute(endpoints.getMeeting, async ({ actor, locale, params }) =>
  meetingDetailDto(await getMeeting(actor, params.id), locale),
);
