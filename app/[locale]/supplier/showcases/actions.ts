"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { cancelShowcase, scheduleShowcase, updateShowcase } from "@/lib/showcases/schedule-showcase";
import { scheduleShowcaseSchema, showcaseIdSchema, updateShowcaseSchema } from "@/lib/showcases/schemas";

const refresh = () => revalidatePath("/[locale]/supplier/showcases", "layout");

/** A supplier proposes a showcase for a session it is approved for. */
export const scheduleShowcaseAction = defineFormAction({
  schema: scheduleShowcaseSchema,
  auth: true,
  permission: "manage:showcase:own",
  handler: async (input, actor) => {
    await scheduleShowcase(actor, input);
    refresh();
    return { status: "success", redirectTo: `/${await getLocale()}/supplier/showcases?done=scheduled` };
  },
});

/** The supplier edits one of its showcases before it starts. */
export const updateShowcaseAction = defineFormAction({
  schema: updateShowcaseSchema,
  auth: true,
  permission: "manage:showcase:own",
  handler: async (input, actor) => {
    await updateShowcase(actor, input);
    refresh();
    return { status: "success", redirectTo: `/${await getLocale()}/supplier/showcases?done=updated` };
  },
});

/** The supplier calls a showcase off. */
export const cancelShowcaseAction = defineFormAction({
  schema: showcaseIdSchema,
  auth: true,
  permission: "manage:showcase:own",
  handler: async (input, actor) => {
    await cancelShowcase(actor, input);
    refresh();
    return { status: "success", redirectTo: `/${await getLocale()}/supplier/showcases?done=cancelled` };
  },
});
