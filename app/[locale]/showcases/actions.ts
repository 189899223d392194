"use server";

import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { followShowcase } from "@/lib/showcases/engagement";
import { entityIdSchema } from "@/lib/meetings/schemas";

/** A buyer follows or unfollows a showcase (a reminder mail 15 minutes before it starts). */
export const followShowcaseAction = defineFormAction({
  schema: z.object({ showcaseId: entityIdSchema, follow: z.enum(["1", "0"]) }),
  auth: true,
  permission: "follow:showcase:own",
  handler: async (input, actor) => {
    const result = await followShowcase(actor, { showcaseId: input.showcaseId, follow: input.follow === "1" });
    const t = await getTranslations("showcases.programme");
    return { status: "success", message: result.following ? t("followed") : t("unfollowed") };
  },
});
