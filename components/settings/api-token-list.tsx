import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { revokeApiTokenAction } from "@/app/[locale]/settings/actions";
import { ConfirmActionForm } from "./confirm-action-form";

type Token = {
  id: string;
  name: string;
  prefix: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The person's tokens: active ones with a revoke button, revoked ones greyed out. */
export async function ApiTokenList({
  tokens,
  locale,
  timeZone,
}: {
  tokens: Token[];
  locale: AppLocale;
  timeZone: string;
}) {
  const t = await getTranslations("settings.tokens");
  const when = (date: Date | null) => (date ? formatDateTime(date, locale, timeZone) : t("never"));
  if (tokens.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" data-testid="token-list">
      {tokens.map((token) => (
        <li
          key={token.id}
          data-testid="token-row"
          className={`flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:justify-between ${token.revokedAt ? "bg-slate-50 text-slate-500" : ""}`}
        >
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words text-slate-900">{token.name}</span>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                {token.prefix ? `${token.prefix}…` : "fb_…"}
              </code>
              {token.revokedAt ? (
                <Badge tone="neutral">{t("revoked")}</Badge>
              ) : (
                <Badge tone="success">{t("active")}</Badge>
              )}
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs text-slate-600">
              <dt>{t("created")}</dt>
              <dd className="tabular-nums">{when(token.createdAt)}</dd>
              <dt>{t("lastUsed")}</dt>
              <dd className="tabular-nums">{when(token.lastUsedAt)}</dd>
              {token.revokedAt ? (
                <>
                  <dt>{t("revokedAt")}</dt>
                  <dd className="tabular-nums">{when(token.revokedAt)}</dd>
                </>
              ) : null}
            </dl>
          </div>
          {token.revokedAt ? null : (
            <div className="shrink-0 sm:max-w-64">
              <ConfirmActionForm
                action={revokeApiTokenAction}
                hidden={{ tokenId: token.id }}
                trigger={t("revoke")}
                question={t("revokeQuestion", { name: token.name })}
                confirm={t("revokeConfirm")}
                cancel={t("cancel")}
                testId="revoke-token"
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
