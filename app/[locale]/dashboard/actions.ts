"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { registerForSession } from "@/lib/fairs/register-for-session";

export const registerForSessionAction = defineFormAction({
  schema: z.object({ sessionId: z.string().min(1, "required") }),
  auth: true,
  permission: "register:session:own",
  handler: async ({ sessionId }, actor) => {
    await registerForSession(actor, sessionId);
    revalidatePath("/[locale]/dashboard", "page");
    return { status: "success" };
  },
});
