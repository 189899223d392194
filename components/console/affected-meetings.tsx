"use client";

import { useTranslations } from "next-intl";
import type { AffectedMeetingView } from "@/lib/fairs/describe-affected";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";

/**
 * The meetings a timetable change would cut, and the organizer's choice: cancel
 * them (both sides are told, with the reason) and save, or keep them and leave
 * the session as it is.
 */
export function AffectedMeetings({
  meetings,
  meetingIds,
  pending,
  onKeep,
}: {
  meetings: AffectedMeetingView[];
  meetingIds: string;
  pending: boolean;
  onKeep: () => void;
}) {
  const t = useTranslations("console.session");
  return (
    <section
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
      aria-labelledby="affected-heading"
      data-testid="affected-meetings"
    >
      <h2 id="affected-heading" className="font-semibold text-amber-900">
        {t("affectedHeading", { count: meetings.length })}
      </h2>
      <ul className="divide-y divide-amber-200 text-sm">
        {meetings.map((meeting) => (
          <li
            key={meeting.id}
            className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4"
            data-testid="affected-meeting"
          >
            <span className="font-medium sm:w-40 sm:shrink-0">{meeting.day}</span>
            <span className="sm:w-72 sm:shrink-0">{meeting.time}</span>
            <span className="break-words text-slate-700">{meeting.parties}</span>
          </li>
        ))}
      </ul>
      <input type="hidden" name="cancelMeetingIds" value={meetingIds} />
      <Field id="cancelReason" label={t("cancelReason")} hint={t("cancelReasonHint")}>
        <Textarea id="cancelReason" name="cancelReason" aria-describedby="cancelReason-hint" className="min-h-16" />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {t("cancelAndSave", { count: meetings.length })}
        </Button>
        <Button type="button" variant="secondary" onClick={onKeep}>
          {t("keepMeetings")}
        </Button>
      </div>
    </section>
  );
}
