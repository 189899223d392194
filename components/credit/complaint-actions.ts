"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { fileComplaint } from "@/lib/complaints/file-complaint";
import { fileComplaintSchema } from "@/lib/complaints/schemas";

/** A participant files a complaint about the other side of a held meeting, with evidence images. */
export const fileComplaintAction = defineFormAction({
  schema: fileComplaintSchema,
  auth: true,
  permission: "create:complaint:own",
  files: ["evidence"],
  handler: async (input, actor, files) => {
    await fileComplaint(actor, input, files.evidence);
    revalidatePath("/[locale]/meetings/[meetingId]", "page");
    return { status: "success" };
  },
});
