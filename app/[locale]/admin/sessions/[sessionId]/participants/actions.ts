"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { decideRegistration } from "@/lib/fairs/register-for-session";

/** Approve a registration, or suspend (reject) one; the organization's users see the new status. */
export const decideRegistrationAction = defineFormAction({
  schema: z.object({
    registrationId: z.string().min(1).max(64),
    decision: z.enum(["approve", "reject"]),
  }),
  auth: true,
  permission: "review:organization:any",
  handler: async (input, actor) => {
    await decideRegistration(actor, input.registrationId, input.decision);
    revalidatePath("/[locale]/admin/sessions/[sessionId]", "layout");
  },
});
