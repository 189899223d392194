import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/time/format";
import { Card } from "@/components/ui/card";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];
const fairTimeZone = "Asia/Shanghai";

/** "PENDING → APPROVED" for status changes, read from the entry's data. */
function statusChange(data: unknown): { from: string; to: string } | null {
  const value = data as { from?: unknown; to?: unknown } | null;
  return typeof value?.from === "string" && typeof value?.to === "string" ? { from: value.from, to: value.to } : null;
}

/**
 * A real table on wider screens; on phones each row stacks into a small card
 * whose cells carry their column name, so nothing needs sideways scrolling.
 */
function Cell({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={`block px-4 py-0.5 sm:table-cell sm:px-3 sm:py-2 sm:align-top ${className}`}>
      <span className="mr-1 text-xs text-slate-500 sm:hidden">{label}:</span>
      {children}
    </td>
  );
}

type Props = { entries: Entry[]; locale: AppLocale; viewerTimeZone: string };

export async function AuditTable({ entries, locale, viewerTimeZone }: Props) {
  const t = await getTranslations("admin.audit");
  const tAccount = await getTranslations("account");
  const statusLabel = (status: string) => messageOr(tAccount, `status.${status}`, status);
  const columns = {
    when: t("when", { zone: viewerTimeZone }),
    who: t("who"),
    what: t("what"),
    entity: t("entity"),
    organization: t("organization"),
    reason: t("reason"),
  };

  return (
    <Card className="p-0 sm:overflow-x-auto">
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="sr-only bg-slate-50 text-xs text-slate-600 sm:not-sr-only sm:table-header-group">
          <tr>
            {Object.values(columns).map((label) => (
              <th key={label} scope="col" className="px-3 py-2 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {entries.map((entry) => {
            const change = statusChange(entry.data);
            return (
              <tr key={entry.id} className="block py-2 sm:table-row sm:py-0">
                <Cell label={columns.when} className="tabular-nums sm:whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>
                    {formatDateTime(entry.createdAt, locale, viewerTimeZone)}
                  </time>
                  {viewerTimeZone !== fairTimeZone ? (
                    <span className="block text-xs text-slate-500">
                      {formatDateTime(entry.createdAt, locale, fairTimeZone)} ({fairTimeZone})
                    </span>
                  ) : null}
                </Cell>
                <Cell label={columns.who}>
                  {entry.actor ? (
                    <>
                      <span className="break-words">{entry.actor.name}</span>
                      <span className="block text-xs text-slate-500 max-sm:ml-1 max-sm:inline">
                        {tAccount(`roles.${entry.actor.role}`)}
                      </span>
                    </>
                  ) : (
                    t("system")
                  )}
                </Cell>
                <Cell label={columns.what} className="font-medium sm:font-normal">
                  {messageOr(t, `actions.${entry.action}`, entry.action)}
                  {change ? (
                    <span className="block text-xs font-normal text-slate-500">
                      {statusLabel(change.from)} → {statusLabel(change.to)}
                    </span>
                  ) : null}
                </Cell>
                <Cell label={columns.entity}>
                  {messageOr(t, `entities.${entry.entityType}`, entry.entityType)}
                  <code className="block text-xs text-slate-500 max-sm:ml-1 max-sm:inline" title={entry.entityId}>
                    {entry.entityId.slice(0, 10)}
                  </code>
                </Cell>
                <Cell label={columns.organization}>
                  {entry.organization && entry.organizationId ? (
                    <Link
                      href={{ pathname: "/admin/audit", query: { organizationId: entry.organizationId } }}
                      className="break-words text-brand-700 hover:underline"
                    >
                      {localized(entry.organization, "name", locale)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Cell>
                <Cell
                  label={columns.reason}
                  className={
                    entry.reason ? "break-words whitespace-pre-line text-slate-700 sm:max-w-xs" : "max-sm:hidden"
                  }
                >
                  {entry.reason ?? ""}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
