"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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

/** A warning, an exclusion from a session, or a suspension (lib/credit/take-sanction.ts); says what it cancelled and declined. */
export const takeSanctionAction = defineFormAction({
  schema: sanctionSchema,
  auth: true,
  permission: "manage:sanction:any",
  handler: async (input, actor) => {
    const { cancelledMeetings: meetings, declinedRequests: requests } = await takeSanction(actor, input);
    refresh();
    if (meetings === 0 && requests === 0) return { status: "success" };
    const t = await getTranslations("credit.sanctionForm");
    return { status: "success", message: t("doneReleased", { meetings, requests }) };
  },
});
