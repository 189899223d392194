import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findMeeting } from "@/lib/meetings/find-meeting";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: AppLocale; meetingId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings.room" });
  return { title: t("title") };
}

/** The meeting's video room: for its parties and interpreter only; the video itself comes in a later issue. */
export default async function MeetingRoomPage({ params }: Props) {
  const { locale, meetingId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/meetings/${meetingId}/room`);
  const meeting = await findMeeting(actor, meetingId);
  // Organizers may read the meeting, but the room is for the people in it.
  if (!meeting || meeting.viewerRole === "organizer") notFound();
  const t = await getTranslations("meetings");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 hover:underline">
        ← {t("room.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("room.title")}</h1>
      <Card className="space-y-3">
        <p className="text-slate-800">
          {localized(meeting.supplierOrg, "name", locale)} · {localized(meeting.buyerOrg, "name", locale)}
        </p>
        <Alert tone="info" role="status" data-testid="room-placeholder">
          {meeting.status === "CANCELLED" ? t("room.cancelled") : t("room.later")}
        </Alert>
      </Card>
    </div>
  );
}
