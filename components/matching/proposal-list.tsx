import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import type { OwnProposal } from "@/lib/matching/list-proposals";

/** The organizer's proposals the viewer is party to: who with, for which requirement, the note. */
export async function ProposalList({
  proposals,
  viewer,
  locale,
}: {
  proposals: OwnProposal[];
  viewer: "BUYER" | "SUPPLIER";
  locale: AppLocale;
}) {
  const t = await getTranslations("matching.proposal");
  return (
    <ul className="space-y-2" data-testid="proposal-list">
      {proposals.map((proposal) => {
        const other = viewer === "BUYER" ? proposal.supplierOrg : proposal.buyerOrg;
        const otherName = localized(other, "name", locale);
        const text = localized(proposal.requirement, "text", locale);
        return (
          <li
            key={proposal.id}
            className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900"
            data-testid="proposal-notice"
          >
            <p className="font-medium break-words">
              {viewer === "BUYER" ? (
                <Link
                  href={`/suppliers/${other.id}?session=${proposal.session.id}`}
                  className="underline-offset-2 hover:underline"
                >
                  {t("noticeWith", { name: otherName })}
                </Link>
              ) : (
                t("noticeWith", { name: otherName })
              )}
            </p>
            <p className="mt-1 line-clamp-2 break-words text-slate-700">{text}</p>
            <p className="mt-1 text-xs text-slate-600">
              {t("session", { title: sessionTitleWithEdition(proposal.session, locale) })}
            </p>
            {proposal.note ? (
              <p className="mt-2 break-words whitespace-pre-line">
                <span className="font-medium">{t("note")}:</span> {proposal.note}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
