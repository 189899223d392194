import { notFound, redirect } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { roomPath } from "@/lib/calendar/room-url";
import type { AppLocale } from "@/lib/i18n/routing";
import { findMeeting } from "@/lib/meetings/find-meeting";

type Props = { params: Promise<{ locale: AppLocale; meetingId: string }> };

/**
 * The old room address (links sent before rooms had their own): whoever may see the
 * meeting goes on to its room, which checks everything again.
 */
export default async function MeetingRoomRedirect({ params }: Props) {
  const { locale, meetingId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/meetings/${meetingId}/room`);
  const meeting = await findMeeting(actor, meetingId);
  if (!meeting) notFound();
  redirect(`/${locale}${roomPath(meeting.roomToken)}`);
}
