import { apiRoute } from "@/lib/api/api-route";
import { meetingRequestDto } from "@/lib/api/dtos";
import { endpoints } from "@/lib/api/endpoints";
import { declineRequest } from "@/lib/meetings/decline-request";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const POST = apiRoute(endpoints.declineRequest, async ({ actor, params, body }) => {
  const result = await declineRequest(actor, params.id, body);
  return meetingRequestDto(result.request);
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowedBesides("POST");
