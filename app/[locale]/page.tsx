import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listPublishedFairs } from "@/lib/fairs/queries";
import { getActor } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FairSummaryCard } from "@/components/fairs/fair-summary-card";

type Params = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.home" });
  const common = await getTranslations({ locale, namespace: "common" });
  // The layout's "%s · FairBridge" template applies only below this segment.
  return { title: { absolute: `${common("appName")} · ${t("metaTitle")}` } };
}

export default async function HomePage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public.home");
  const [fairs, actor] = await Promise.all([listPublishedFairs(), getActor()]);

  return (
    <div className="space-y-10">
      <section
        aria-labelledby="hero-heading"
        className="rounded-xl bg-brand-900 px-6 py-10 text-white sm:px-10 sm:py-12"
      >
        <h1 id="hero-heading" className="max-w-3xl text-2xl leading-snug font-semibold sm:text-3xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-3xl leading-relaxed text-brand-100">{t("intro")}</p>
        {actor ? (
          <div className="mt-7">
            <Button asChild variant="secondary" size="lg">
              <Link href="/dashboard">{t("openDashboard")}</Link>
            </Button>
          </div>
        ) : (
          <div className="mt-7 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center">
            <Button asChild variant="secondary" size="lg">
              <Link href={{ pathname: "/signup", query: { kind: "SUPPLIER" } }}>{t("joinAsSupplier")}</Link>
            </Button>
            <Button asChild variant="secondary" size="lg">
              <Link href={{ pathname: "/signup", query: { kind: "BUYER" } }}>{t("joinAsBuyer")}</Link>
            </Button>
            <p className="text-sm text-brand-100 sm:ml-2">
              {t("haveAccount")}{" "}
              <Link href="/login" className="font-medium text-white underline underline-offset-2 hover:text-brand-100">
                {t("signIn")}
              </Link>
            </p>
          </div>
        )}
      </section>

      <section aria-labelledby="fairs-heading" className="space-y-4">
        <h2 id="fairs-heading" className="text-xl font-semibold">
          {t("fairsHeading")}
        </h2>
        {fairs.length === 0 ? (
          <Card className="space-y-2 py-10 text-center">
            <p className="text-lg font-medium text-slate-800">{t("noFairsTitle")}</p>
            <p className="mx-auto max-w-xl text-slate-600">{t("noFairs")}</p>
          </Card>
        ) : (
          <ul className="space-y-6">
            {fairs.map((fair) => (
              <li key={fair.id}>
                <FairSummaryCard fair={fair} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
