import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

const statusTabs = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED", "ALL"] as const;
const kindTabs = ["ALL", "SUPPLIER", "BUYER"] as const;
export type QueueFilter = { status: (typeof statusTabs)[number]; kind: (typeof kindTabs)[number] };

/** Reads the queue's filter from the URL; unknown values fall back to the pending applications. */
export function parseQueueFilter(query: { status?: string; kind?: string }): QueueFilter {
  return {
    status: statusTabs.find((status) => status === query.status) ?? "PENDING",
    kind: kindTabs.find((kind) => kind === query.kind) ?? "ALL",
  };
}

const pill =
  "rounded-full border px-3 py-1 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500";
const activePill = "border-brand-700 bg-brand-700 text-white";
const idlePill = "border-slate-300 bg-white text-slate-700 hover:border-brand-500";

/** Status tabs and the supplier/buyer filter; plain links, so every view has its own URL. */
type Counts = Partial<Record<Exclude<QueueFilter["status"], "ALL">, number>>;

export async function QueueFilters({ filter, counts }: { filter: QueueFilter; counts: Counts }) {
  const t = await getTranslations("admin.organizations");
  const tStatus = await getTranslations("account.status");
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
      <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
        {statusTabs.map((status) => (
          <Link
            key={status}
            href={{ pathname: "/admin/organizations", query: { status, kind: filter.kind } }}
            aria-current={filter.status === status ? "page" : undefined}
            className={cn(pill, filter.status === status ? activePill : idlePill)}
          >
            {status === "ALL" ? t("all") : tStatus(status)}
            {status !== "ALL" ? <span className="ml-1.5 tabular-nums opacity-80">{counts[status] ?? 0}</span> : null}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("kindFilter")} className="flex flex-wrap gap-2">
        {kindTabs.map((kind) => (
          <Link
            key={kind}
            href={{ pathname: "/admin/organizations", query: { status: filter.status, kind } }}
            aria-current={filter.kind === kind ? "page" : undefined}
            className={cn(pill, filter.kind === kind ? activePill : idlePill)}
          >
            {t(`kinds.${kind}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
