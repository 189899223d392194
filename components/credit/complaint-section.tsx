import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { COMPLAINT_WINDOW_DAYS, complaintRefusal, findOwnComplaint } from "@/lib/complaints/file-complaint";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { ComplaintForm } from "./complaint-form";
import { complaintStatusTone } from "./tones";

type Props = {
  actor: Actor;
  meeting: { id: string; status: string; endsAt: Date; viewerRole: string };
  locale: AppLocale;
};

/**
 * The meeting page's complaint part, for the two parties once the meeting took place:
 * the complaint the viewer's organization filed (and how it stands), or the form to file
 * one. The other side never sees it.
 */
export async function ComplaintSection({ actor, meeting, locale }: Props) {
  if (meeting.viewerRole !== "supplier" && meeting.viewerRole !== "buyer") return null;
  if (!can(actor, "create:complaint:own") || actor.organization?.status !== "APPROVED") return null;
  const refusal = complaintRefusal(meeting, new Date());
  if (refusal === "complaintMeetingNotHeld") return null;
  const complaint = await findOwnComplaint(actor, meeting.id);
  const t = await getTranslations("credit.complaint");
  return (
    <Card className="space-y-3" data-testid="complaint-section">
      <CardTitle>{t("title")}</CardTitle>
      {complaint ? (
        <div className="space-y-2" data-testid="own-complaint">
          <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>{t("filedAt", { at: formatDateTime(complaint.createdAt, locale, actor.timeZone) })}</span>
            <Badge tone={complaintStatusTone[complaint.status]} data-testid="complaint-status">
              {t(`status.${complaint.status}`)}
            </Badge>
          </div>
          <p className="text-sm break-words whitespace-pre-line text-slate-800">{complaint.text}</p>
          {complaint.evidence.length ? (
            <p className="text-xs text-slate-500">
              {t("evidence", { count: complaint.evidence.length })}:{" "}
              {complaint.evidence.map((e) => e.fileName).join(", ")}
            </p>
          ) : null}
        </div>
      ) : refusal === "complaintWindowClosed" ? (
        <p className="text-sm text-slate-600" data-testid="complaint-window-closed">
          {t("windowClosed", { days: COMPLAINT_WINDOW_DAYS })}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("intro")}</p>
          <ComplaintForm meetingId={meeting.id} />
        </>
      )}
    </Card>
  );
}
