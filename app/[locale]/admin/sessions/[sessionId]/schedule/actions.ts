"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { describeConflicts } from "@/lib/auto-schedule/describe-conflicts";
import { dropDraftItem, moveDraftItem } from "@/lib/auto-schedule/edit-draft";
import { publishDraft } from "@/lib/auto-schedule/publish-draft";
import { runAutoSchedule } from "@/lib/auto-schedule/run-auto-schedule";
import {
  dropDraftItemSchema,
  moveDraftItemSchema,
  publishDraftSchema,
  runAutoScheduleSchema,
  setPrioritySchema,
} from "@/lib/auto-schedule/schemas";
import { setPairPriority } from "@/lib/auto-schedule/set-pair-priority";
import type { AppLocale } from "@/lib/i18n/routing";

const schedulePage = "/[locale]/admin/sessions/[sessionId]/schedule";

export const runAutoScheduleAction = defineFormAction({
  schema: runAutoScheduleSchema,
  auth: true,
  permission: "oversee:meeting:any",
  handler: async (input, actor) => {
    const result = await runAutoSchedule(actor, input);
    revalidatePath(schedulePage, "page");
    const t = await getTranslations("autoSchedule.run");
    return {
      status: "success",
      message: t("done", { placed: result.placed, unscheduled: result.unscheduled, ms: result.solveMs }),
    };
  },
});

/** Moves (or places) one pair of the draft; conflicts come back as the form's error, nothing saved. */
export const moveDraftItemAction = defineFormAction({
  schema: moveDraftItemSchema,
  auth: true,
  permission: "oversee:meeting:any",
  handler: async (input, actor) => {
    const result = await moveDraftItem(actor, input);
    if (result.status === "conflict") {
      const t = await getTranslations("autoSchedule.move");
      const lines = await describeConflicts(result.conflicts, (await getLocale()) as AppLocale);
      return {
        status: "error",
        formError: t("conflict"),
        fieldErrors: { slotId: lines.join(" ") },
        values: { slotId: input.slotId },
      };
    }
    revalidatePath(schedulePage, "page");
    return { status: "success" };
  },
});

export const dropDraftItemAction = defineFormAction({
  schema: dropDraftItemSchema,
  auth: true,
  permission: "oversee:meeting:any",
  handler: async (input, actor) => {
    await dropDraftItem(actor, input);
    revalidatePath(schedulePage, "page");
  },
});

export const publishDraftAction = defineFormAction({
  schema: publishDraftSchema,
  auth: true,
  permission: "oversee:meeting:any",
  handler: async (input, actor) => {
    // The refusal names the pair in the page's language, as its message is.
    const { booked } = await publishDraft(actor, input, { locale: (await getLocale()) as AppLocale });
    revalidatePath("/[locale]/admin/sessions/[sessionId]", "layout");
    const t = await getTranslations("autoSchedule.publish");
    return { status: "success", message: t("done", { count: booked }) };
  },
});

export const setPriorityAction = defineFormAction({
  schema: setPrioritySchema,
  auth: true,
  permission: "manage:match:any",
  handler: async (input, actor) => {
    await setPairPriority(actor, input);
    revalidatePath(schedulePage, "page");
    const t = await getTranslations("autoSchedule.priority");
    return { status: "success", message: t("saved") };
  },
});
