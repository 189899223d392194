import { apiRoute } from "@/lib/api/api-route";
import { endpoints } from "@/lib/api/endpoints";
import { listFreeSlots } from "@/lib/scheduling/list-free-slots";
import { methodsNotAllowedBesides } from "@/lib/api/method-not-allowed";

export const GET = apiRoute(endpoints.listFreeSlots, async ({ actor, params, query }) => {
  const slots = await listFreeSlots(actor, {
    sessionId: params.id,
    organizationId: query.with,
    needsInterpreter: query.needsInterpreter,
  });
  return { slots: slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) };
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowedBesides("GET");
