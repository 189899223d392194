import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listPublishedFairs } from "@/lib/fairs/queries";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

export default async function HomePage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public");
  const fairs = await listPublishedFairs();

  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-3xl text-2xl font-semibold leading-snug sm:text-3xl">{t("home.title")}</h1>
        <p className="mt-4 max-w-3xl text-brand-100">{t("home.intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Button asChild variant="secondary">
            <Link href={{ pathname: "/signup", query: { kind: "SUPPLIER" } }}>{t("home.joinAsSupplier")}</Link>
          </Button>
          <Button asChild variant="secondary">
            <Link href={{ pathname: "/signup", query: { kind: "BUYER" } }}>{t("home.joinAsBuyer")}</Link>
          </Button>
        </div>
      </section>

      <section aria-labelledby="fairs-heading" className="space-y-4">
        <h2 id="fairs-heading" className="text-xl font-semibold">
          {t("home.fairsHeading")}
        </h2>
        {fairs.length === 0 ? (
          <Card>
            <p className="text-slate-600">{t("home.noFairs")}</p>
          </Card>
        ) : (
          fairs.map((fair) => (
            <Card key={fair.id} className="space-y-3">
              <h3 className="text-lg font-semibold">
                <Link href={`/fairs/${fair.slug}`} className="text-brand-800 hover:underline">
                  {localized(fair, "name", locale)}
                </Link>
              </h3>
              <p className="text-sm text-slate-600">
                {t("fair.host", { host: localized(fair.hostOrganization, "name", locale) })} ·{" "}
                {formatDateRange(fair.startDate, fair.endDate, locale)}
              </p>
              <ul className="flex flex-wrap gap-2">
                {fair.sessions.map((session) => (
                  <li key={session.id}>
                    <Link
                      href={`/fairs/${fair.slug}/${session.slug}`}
                      className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:border-brand-500 hover:text-brand-800"
                    >
                      {localized(session, "title", locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          ))
        )}
      </section>
    </div>
  );
}
