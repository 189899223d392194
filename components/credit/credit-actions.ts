"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { reviewComplaint } from "@/lib/complaints/review-complaint";
import { reviewComplaintSchema, sanctionSchema } from "@/lib/complaints/schemas";
import { takeSanction } from "@/lib/credit/take-sanction";

const refresh = () => revalidatePath("/[locale]/admin/organizations", "layout");

/** The console's verdict on a complaint: upheld or dismissed, with a note. */
export const reviewComplaintAction = defineFormAction({
  schema: reviewComplaintSchema,
  auth: true,
  permission: "review:complaint:any",
  handler: async (input, actor) => {
    await reviewComplaint(actor, input);
    refresh();
    return { status: "success" };
  },
});

/** A warning, an exclusion from a session, or a suspension (lib/credit/take-sanction.ts). */
export const takeSanctionAction = defineFormAction({
  schema: sanctionSchema,
  auth: true,
  permission: "manage:sanction:any",
  handler: async (input, actor) => {
    await takeSanction(actor, input);
    refresh();
    return { status: "success" };
  },
});
