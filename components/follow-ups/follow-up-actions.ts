"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { completeFollowUp, setFollowUp } from "@/lib/follow-ups/set-follow-up";
import { completeFollowUpSchema, setFollowUpSchema } from "@/lib/follow-ups/schemas";

const refresh = () => revalidatePath("/[locale]/meetings", "layout");

/** The meeting page's follow-up form: a participant sets a due date and a note. */
export const setFollowUpAction = defineFormAction({
  schema: setFollowUpSchema,
  auth: true,
  permission: "manage:followUp:own",
  handler: async (input, actor) => {
    await setFollowUp(actor, input);
    refresh();
    return { status: "success" };
  },
});

/** "Mark done", on the meeting page and in the list of follow-ups due. */
export const completeFollowUpAction = defineFormAction({
  schema: completeFollowUpSchema,
  auth: true,
  permission: "manage:followUp:own",
  handler: async (input, actor) => {
    await completeFollowUp(actor, input);
    refresh();
    return { status: "success" };
  },
});
