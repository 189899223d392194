import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { CatalogueSession } from "@/lib/catalogue/get-catalogue-session";
import { cn } from "@/lib/cn";
import { isSessionOver, sessionSchedule } from "@/lib/fairs/lifecycle";
import { formatDate } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";

/** Breadcrumb, title and the Products / Suppliers tabs of a session's catalogue. */
export async function CatalogueHeader({
  session,
  locale,
  current,
}: {
  session: CatalogueSession;
  locale: AppLocale;
  current: "products" | "suppliers";
}) {
  const t = await getTranslations("catalogue.header");
  const base = `/fairs/${session.fair.slug}/${session.slug}`;
  const title = localized(session, "title", locale);
  const now = new Date();
  const over = isSessionOver(session.lifecycle, now);
  // The last day of the session, in the fair's zone: listings until then are its archive.
  const lastDay = new Date(sessionSchedule(session.lifecycle).endsAt.getTime() - 1);
  const tabs = [
    { key: "products", href: `${base}/catalogue`, label: t("products") },
    { key: "suppliers", href: `${base}/catalogue/suppliers`, label: t("suppliers") },
  ] as const;
  return (
    <header className="space-y-4">
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[
          { label: t("fairs"), href: "/" },
          { label: localized(session.fair, "name", locale), href: `/fairs/${session.fair.slug}` },
          { label: title, href: base },
          { label: t("catalogue") },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{t("title", { session: title })}</h1>
        <SessionPhaseBadge session={session.lifecycle} now={now} />
      </div>
      {over ? (
        <Alert tone="info" role="note" data-testid="catalogue-archive">
          {t("archive", { date: formatDate(lastDay, locale, session.lifecycle.timeZone) })}
        </Alert>
      ) : null}
      <nav aria-label={t("tabs")} className="border-b border-slate-200">
        <ul className="-mb-px flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500",
                  tab.key === current
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
