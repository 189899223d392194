import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { countOrganizationsByStatus } from "@/lib/organizations/list-organizations";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

const statuses = ["PENDING", "APPROVED", "REJECTED", "SUSPENDED"] as const;

/** The organizer's overview: how many enterprises wait in each state of the access queue. */
export async function OrganizerSummary({ actor }: { actor: Actor }) {
  const t = await getTranslations("account");
  const counts = await countOrganizationsByStatus(actor);
  const pending = counts.PENDING ?? 0;
  return (
    <Card className="space-y-4" data-testid="access-summary">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>{t("dashboard.accessHeading")}</CardTitle>
        <Button asChild size="sm">
          <Link href={{ pathname: "/admin/organizations", query: { status: "PENDING" } }}>
            {t("dashboard.reviewPending", { count: pending })}
          </Link>
        </Button>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {statuses.map((status) => (
          <li key={status}>
            <Link
              href={{ pathname: "/admin/organizations", query: { status } }}
              className="block rounded-md border border-slate-200 p-3 hover:border-brand-500 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
            >
              <span className="block text-xs text-slate-500">{t(`dashboard.counts.${status}`)}</span>
              <span className="block text-2xl font-semibold tabular-nums">{counts[status] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/admin/interpreters" className="font-medium text-brand-700 hover:underline">
          {t("dashboard.manageInterpreters")}
        </Link>
        <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
          {t("dashboard.openAudit")}
        </Link>
      </p>
    </Card>
  );
}
