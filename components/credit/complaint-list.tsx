import { getTranslations } from "next-intl/server";
import type { CreditRecord } from "@/lib/credit/load-credit-record";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { fileUrl } from "@/lib/storage/file-url";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { ReviewComplaintForm } from "./review-complaint-form";
import { complaintStatusTone } from "./tones";

/** Complaints about (and by) the organization in the organizer's fairs, with evidence and the verdict. */
export async function ComplaintList({
  complaints,
  locale,
  timeZone,
  canReview,
}: {
  complaints: CreditRecord["complaints"];
  locale: AppLocale;
  timeZone: string;
  canReview: boolean;
}) {
  const t = await getTranslations("credit.complaint");
  if (complaints.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ul className="space-y-3">
      {complaints.map((complaint) => (
        <li key={complaint.id} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="complaint">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={complaintStatusTone[complaint.status]} data-testid="complaint-status">
              {t(`status.${complaint.status}`)}
            </Badge>
            <span className="font-medium text-slate-900">
              {complaint.against
                ? t("byParty", { party: localized(complaint.complainantOrg, "name", locale) })
                : t("againstParty", { party: localized(complaint.respondentOrg, "name", locale) })}
            </span>
            <span className="text-slate-500">
              {t("filedBy", { name: complaint.author.name, at: formatDateTime(complaint.createdAt, locale, timeZone) })}
            </span>
          </div>
          <p className="text-xs text-slate-600">
            <Link href={`/meetings/${complaint.meeting.id}`} className="text-brand-700 hover:underline">
              {t("meeting", {
                session: localized(complaint.meeting.session, "title", locale),
                time: formatDateTime(complaint.meeting.startsAt, locale, timeZone),
              })}
            </Link>
          </p>
          <p className="text-sm break-words whitespace-pre-line text-slate-800" data-testid="complaint-text">
            {complaint.text}
          </p>
          {complaint.evidence.length ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("evidence", { count: complaint.evidence.length })}>
              {complaint.evidence.map((file) => (
                <li key={file.id}>
                  <a
                    href={fileUrl(file.storageKey)}
                    target="_blank"
                    rel="noreferrer"
                    className="inline-flex items-center gap-1 rounded border border-slate-200 px-2 py-1 text-xs text-brand-700 hover:bg-slate-50"
                    data-testid="complaint-evidence"
                  >
                    {file.fileName}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {complaint.status === "OPEN" ? (
            complaint.against && canReview ? (
              <ReviewComplaintForm complaintId={complaint.id} />
            ) : null
          ) : (
            <p className="text-sm text-slate-700" data-testid="complaint-verdict">
              {t("verdict", {
                name: complaint.reviewedBy?.name ?? "—",
                at: complaint.reviewedAt ? formatDateTime(complaint.reviewedAt, locale, timeZone) : "",
              })}{" "}
              <span className="break-words whitespace-pre-line">{complaint.reviewNote}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
