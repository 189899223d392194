"use server";

import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { availabilityFormSchema, resetAvailabilityFormSchema } from "@/lib/scheduling/form-schemas";
import type { SetAvailabilityInput } from "@/lib/scheduling/schemas";
import { setAvailability } from "@/lib/scheduling/set-availability";

// Success redirects (with ?done=) instead of revalidating: the editor is keyed by the
// saved data, so it remounts with what the server now holds.
const pagePath = async (sessionId: string, done: string) =>
  `/${await getLocale()}/meetings/availability?session=${encodeURIComponent(sessionId)}&done=${done}`;

export const saveAvailabilityAction = defineFormAction({
  schema: availabilityFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await setAvailability(actor, input.sessionId, { days: input.days as SetAvailabilityInput["days"] });
    return { status: "success", redirectTo: await pagePath(input.sessionId, "saved") };
  },
});

export const resetAvailabilityAction = defineFormAction({
  schema: resetAvailabilityFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await setAvailability(actor, input.sessionId, { days: [] });
    return { status: "success", redirectTo: await pagePath(input.sessionId, "reset") };
  },
});
