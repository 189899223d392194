"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { fairFormSchema, sessionFormSchema, type SessionForm } from "@/lib/fairs/form-schemas";
import { setFairPublished, updateFair } from "@/lib/fairs/update-fair";
import { updateFairSession } from "@/lib/fairs/update-session";
import { describeAffectedMeetings } from "@/lib/fairs/describe-affected";
import { sessionFieldValues } from "@/lib/fairs/form-values";
import type { AppLocale } from "@/lib/i18n/routing";

const blankToUndefined = (value?: string) => (value && value.trim() ? value : undefined);

function sessionInput(input: SessionForm) {
  return {
    titleEn: input.titleEn,
    titleZh: input.titleZh,
    titleRu: input.titleRu,
    startDate: input.startDate,
    endDate: input.endDate,
    dailyStart: input.dailyStart,
    dailyEnd: input.dailyEnd,
    slotMinutes: input.slotMinutes,
    breaks: input.breaks,
    categorySlugs: input.categorySlugs,
    registrationNeedsApproval: input.registrationNeedsApproval,
    registrationDeadline: input.registrationDeadline ?? null,
    requestExpiryHours: input.requestExpiryHours,
  };
}

export const createFairAction = defineFormAction({
  schema: fairFormSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    const locale = await getLocale();
    const fair = await createFair(actor, {
      ...input,
      slug: input.slug ?? "",
      descriptionEn: blankToUndefined(input.descriptionEn),
      descriptionZh: blankToUndefined(input.descriptionZh),
      descriptionRu: blankToUndefined(input.descriptionRu),
    });
    revalidatePath("/[locale]/admin/fairs", "page");
    return { status: "success", redirectTo: `/${locale}/admin/fairs/${fair.id}?done=created` };
  },
});

export const updateFairAction = defineFormAction({
  schema: fairFormSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    await updateFair(actor, {
      fairId: input.fairId ?? "",
      nameEn: input.nameEn,
      nameZh: input.nameZh,
      nameRu: input.nameRu,
      descriptionEn: input.descriptionEn ?? "",
      descriptionZh: input.descriptionZh ?? "",
      descriptionRu: input.descriptionRu ?? "",
      timeZone: input.timeZone,
      startDate: input.startDate,
      endDate: input.endDate,
    });
    revalidatePath("/[locale]/admin/fairs", "layout");
    const t = await getTranslations("console.fair");
    return { status: "success", message: t("saved") };
  },
});

export const setFairPublishedAction = defineFormAction({
  schema: z.object({ fairId: z.string().min(1).max(64), publish: z.enum(["1", "0"]) }),
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    await setFairPublished(actor, input.fairId, input.publish === "1");
    revalidatePath("/[locale]/admin/fairs", "layout");
  },
});

export const createSessionAction = defineFormAction({
  schema: sessionFormSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    const locale = await getLocale();
    const session = await createFairSession(actor, {
      ...sessionInput(input),
      fairId: input.fairId ?? "",
      slug: input.slug ?? "",
    });
    revalidatePath("/[locale]/admin/fairs", "layout");
    return { status: "success", redirectTo: `/${locale}/admin/sessions/${session.id}?done=created` };
  },
});

/**
 * Saves a session's changes. When booked meetings would fall outside the new
 * slots, nothing is saved: the form comes back with those meetings (described in
 * the organizer's language and zone) for a decision; resubmitting with their ids
 * confirms cancelling them.
 */
export const updateSessionAction = defineFormAction({
  schema: sessionFormSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    const locale = (await getLocale()) as AppLocale;
    const t = await getTranslations("console.session");
    const result = await updateFairSession(actor, {
      ...sessionInput(input),
      sessionId: input.sessionId ?? "",
      cancelMeetingIds: input.cancelMeetingIds,
      cancelReason: input.cancelReason || t("cancelReasonDefault"),
    });
    if (result.status === "needsDecision") {
      const affected = await describeAffectedMeetings(result.affected, locale, actor.timeZone, input.sessionId ?? "");
      return {
        status: "error",
        formError: t("affectedIntro", { count: affected.length }),
        fieldErrors: {},
        values: {
          ...sessionFieldValues(input),
          affected: JSON.stringify(affected),
          cancelMeetingIds: result.affected.map((m) => m.id).join(","),
        },
      };
    }
    revalidatePath("/[locale]/admin/sessions/[sessionId]", "layout");
    return {
      status: "success",
      message: result.cancelled > 0 ? t("savedCancelled", { count: result.cancelled }) : t("saved"),
    };
  },
});
