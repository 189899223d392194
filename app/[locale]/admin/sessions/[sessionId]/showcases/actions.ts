"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { reviewShowcase, setShowcaseOverlapLimit } from "@/lib/showcases/review-showcase";
import { overlapLimitSchema, reviewShowcaseSchema } from "@/lib/showcases/schemas";

/** An organizer approves or rejects a showcase (note, public or not). */
export const reviewShowcaseAction = defineFormAction({
  schema: reviewShowcaseSchema,
  auth: true,
  permission: "review:showcase:any",
  handler: async (input, actor) => {
    const showcase = await reviewShowcase(actor, input);
    revalidatePath("/[locale]/admin/sessions/[sessionId]/showcases", "page");
    return {
      status: "success",
      redirectTo: `/${await getLocale()}/admin/sessions/${showcase.sessionId}/showcases?done=decided#showcase-${showcase.id}`,
    };
  },
});

/** An organizer sets the session's limit of simultaneous showcases. */
export const showcaseLimitAction = defineFormAction({
  schema: overlapLimitSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    const session = await setShowcaseOverlapLimit(actor, input);
    return { status: "success", redirectTo: `/${await getLocale()}/admin/sessions/${session.id}/showcases?done=limit` };
  },
});
