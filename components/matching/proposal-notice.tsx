import { getTranslations } from "next-intl/server";
import type { ProposalSummary } from "@/lib/matching/types";

/** The organizer's proposal that the two sides meet, with the organizer's note. */
export async function ProposalNotice({ proposal, withName }: { proposal: ProposalSummary; withName?: string }) {
  const t = await getTranslations("matching.proposal");
  return (
    <div
      className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-900"
      data-testid="proposal-notice"
    >
      <p className="font-medium">{withName ? t("noticeWith", { name: withName }) : t("notice")}</p>
      {proposal.note ? (
        <p className="mt-1 break-words whitespace-pre-line">
          <span className="sr-only">{t("note")}: </span>
          {proposal.note}
        </p>
      ) : null}
    </div>
  );
}
