"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { cancelRequest } from "@/lib/meetings/cancel-request";
import { declineRequest } from "@/lib/meetings/decline-request";
import {
  acceptRequestFormSchema,
  cancelMeetingFormSchema,
  declineRequestFormSchema,
  requestMeetingFormSchema,
  rescheduleMeetingFormSchema,
  withdrawRequestFormSchema,
} from "@/lib/meetings/form-schemas";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { getRequest } from "@/lib/meetings/get-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { rescheduleMeeting } from "@/lib/meetings/reschedule-meeting";
import { SlotTakenError } from "@/lib/meetings/slot-taken-error";
import { zonedPair } from "@/lib/time/zone-pair";
import { counterpartZone } from "@/components/meetings/meeting-time";

const refreshMeetingPages = () => revalidatePath("/[locale]/meetings", "layout");
// After a successful answer, withdrawal or cancellation the form's own part of the page
// goes away: a revalidation would unmount it before it follows `redirectTo`, so those
// actions only redirect (the meeting pages are dynamic and render fresh).

export const requestMeetingAction = defineFormAction({
  schema: requestMeetingFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await requestMeeting(actor, input);
    refreshMeetingPages();
    return { status: "success", redirectTo: `/${await getLocale()}/meetings?done=requested` };
  },
});

export const acceptRequestAction = defineFormAction({
  schema: acceptRequestFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    try {
      const { meeting } = await acceptRequest(actor, input.requestId, { start: input.start });
      return { status: "success", redirectTo: `/${await getLocale()}/meetings/${meeting.id}?done=accepted` };
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      const request = await getRequest(actor, input.requestId).catch(() => null);
      return slotTakenState(error, request?.fromOrganization.timeZone ?? actor.timeZone, actor, input);
    }
  },
});

export const rescheduleMeetingAction = defineFormAction({
  schema: rescheduleMeetingFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    try {
      await rescheduleMeeting(actor, input.meetingId, { start: input.start });
      return { status: "success", redirectTo: `/${await getLocale()}/meetings/${input.meetingId}?done=rescheduled` };
    } catch (error) {
      if (!(error instanceof SlotTakenError)) throw error;
      const meeting = await findMeeting(actor, input.meetingId);
      const zone = meeting ? counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg) : actor.timeZone;
      return slotTakenState(error, zone, actor, input);
    }
  },
});

/** "This slot was just taken" with the next free slots, in the viewer's zone and the counterpart's. */
async function slotTakenState(
  error: SlotTakenError,
  counterpartZone: string,
  actor: Actor,
  values: Record<string, string>,
): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("errors");
  const tMeetings = await getTranslations("meetings.forms");
  refreshMeetingPages(); // the page's list of free slots is stale too
  const slots = error.nextFreeSlots.map((slot) => {
    const pair = zonedPair(new Date(slot.start), new Date(slot.end), locale, actor.timeZone, counterpartZone);
    return `${pair.dayLabel} ${pair.label}`;
  });
  const next = slots.length ? tMeetings("nextFree", { slots: slots.join("; ") }) : tMeetings("noneFree");
  return { status: "error", formError: `${t("slotTaken")} ${next}`, fieldErrors: {}, values };
}

export const declineRequestAction = defineFormAction({
  schema: declineRequestFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await declineRequest(actor, input.requestId, { reason: input.reason });
    return { status: "success", redirectTo: `/${await getLocale()}/meetings?done=declined` };
  },
});

export const withdrawRequestAction = defineFormAction({
  schema: withdrawRequestFormSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await cancelRequest(actor, input.requestId);
    return { status: "success", redirectTo: `/${await getLocale()}/meetings?done=withdrawn` };
  },
});

export const cancelMeetingAction = defineFormAction({
  schema: cancelMeetingFormSchema,
  auth: true,
  handler: async (input, actor) => {
    await cancelMeeting(actor, input.meetingId, { reason: input.reason });
    return { status: "success", redirectTo: `/${await getLocale()}/meetings/${input.meetingId}?done=cancelled` };
  },
});
