"use server";

import { defineFormAction } from "@/lib/actions/define-form-action";
import { updateProfileSchema } from "@/lib/users/schemas";
import { updateOwnProfile } from "@/lib/users/update-profile";

export const updateProfileAction = defineFormAction({
  schema: updateProfileSchema,
  auth: true,
  permission: "update:profile:own",
  handler: async (input, actor) => {
    const user = await updateOwnProfile(actor, input);
    return { status: "success", redirectTo: `/${user.locale}/profile?saved=1` };
  },
});
