import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MatchTableRow } from "@/lib/matching/list-match-table";
import type { SessionProposal } from "@/lib/matching/list-proposals";
import { Badge } from "@/components/ui/badge";
import { ProposeDialog } from "./propose-dialog";
import { WithdrawProposalButton } from "./withdraw-proposal-button";

/** The session's pairs as a table: score, requirement, buyer, supplier, reactions, proposal actions. */
export async function MatchTable({
  rows,
  proposals,
  sessionId,
  caption,
  canPropose,
  locale,
}: {
  rows: MatchTableRow[];
  proposals: Map<string, SessionProposal>;
  sessionId: string;
  caption: string;
  /** False once the session has ended: its table is history, nothing more can be proposed. */
  canPropose: boolean;
  locale: AppLocale;
}) {
  const t = await getTranslations("matching.admin.table");
  const tPropose = await getTranslations("matching.admin.propose");
  const tReactions = await getTranslations("matching.reactions");
  const tVerified = await getTranslations("matching.verification");
  const th = "px-3 py-2 text-left text-xs font-medium tracking-wide text-slate-500 uppercase";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[52rem] text-sm" data-testid="match-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={`${th} w-20`}>
              {t("score")}
            </th>
            <th scope="col" className={th}>
              {t("requirement")}
            </th>
            <th scope="col" className={th}>
              {t("buyer")}
            </th>
            <th scope="col" className={th}>
              {t("supplier")}
            </th>
            <th scope="col" className={th}>
              {t("reactions")}
            </th>
            <th scope="col" className={th}>
              {t("actions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const buyerName = localized(row.buyer, "name", locale);
            const supplierName = localized(row.supplier, "name", locale);
            const text = localized(row.requirement, "text", locale);
            const proposal = proposals.get(`${row.requirement.id}:${row.supplier.id}`) ?? null;
            return (
              <tr key={`${row.requirement.id}:${row.supplier.id}`} data-testid="match-row" className="align-top">
                <td className="px-3 py-3">
                  <span className="text-base font-semibold text-slate-900 tabular-nums">{row.score}</span>
                  <div className="mt-1 h-1.5 w-12 overflow-hidden rounded-full bg-slate-200" aria-hidden>
                    <div className="h-full rounded-full bg-brand-600" style={{ width: `${row.score}%` }} />
                  </div>
                </td>
                <td className="max-w-xs px-3 py-3">
                  <p className="line-clamp-2 break-words text-slate-900" title={text}>
                    {text}
                  </p>
                  <p className="mt-1 text-xs text-slate-500">{localized(row.requirement.category, "name", locale)}</p>
                </td>
                <td className="px-3 py-3 break-words text-slate-800">{buyerName}</td>
                <td className="px-3 py-3 text-slate-800">
                  <span className="break-words">{supplierName}</span>
                  {row.supplier.verified ? (
                    <Badge tone="success" className="ml-1">
                      {tVerified("verified")}
                    </Badge>
                  ) : null}
                  {row.bestProduct ? (
                    <p className="mt-1 text-xs break-words text-slate-500">
                      {localized(row.bestProduct, "name", locale)}
                    </p>
                  ) : null}
                </td>
                <td className="px-3 py-3">
                  <div className="flex flex-col items-start gap-1">
                    {row.reactions.mutual ? (
                      <Badge tone="success" className="whitespace-nowrap" data-testid="mutual-badge">
                        {tReactions("mutual")}
                      </Badge>
                    ) : (
                      <>
                        {row.reactions.buyer ? (
                          <span className="text-xs text-slate-600">
                            {t("buyerReaction", { kind: t(row.reactions.buyer) })}
                          </span>
                        ) : null}
                        {row.reactions.supplier ? (
                          <span className="text-xs text-slate-600">
                            {t("supplierReaction", { kind: t(row.reactions.supplier) })}
                          </span>
                        ) : null}
                      </>
                    )}
                  </div>
                </td>
                <td className="px-3 py-3">
                  <div className="flex flex-col items-start gap-1">
                    {proposal ? (
                      <Badge tone="info" className="whitespace-nowrap">
                        {tPropose("proposed")}
                      </Badge>
                    ) : null}
                    {canPropose ? (
                      <ProposeDialog
                        sessionId={sessionId}
                        requirementId={row.requirement.id}
                        supplierOrgId={row.supplier.id}
                        buyerName={buyerName}
                        supplierName={supplierName}
                        existing={proposal}
                      />
                    ) : null}
                    {proposal && canPropose ? (
                      <WithdrawProposalButton
                        proposalId={proposal.id}
                        label={tPropose("withdrawLabel", { buyer: buyerName, supplier: supplierName })}
                      />
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
