import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { getFairWeights, listMatchingFairs } from "@/lib/matching/list-matching-sessions";
import { defaultMatchWeights, weightedFactors } from "@/lib/matching/weights";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { WeightsForm } from "@/components/matching/weights-form";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ fair?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "matching.weights" });
  return { title: t("title") };
}

/** The organizer tunes how much each matching factor counts, per fair. */
export default async function WeightsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { fair: fairParam } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(
    locale,
    `/admin/matching/weights${fairParam ? `?fair=${encodeURIComponent(fairParam)}` : ""}`,
    "manage:match:any",
  );
  if (!actor) return <Forbidden />;
  const t = await getTranslations("matching");
  const fairs = await listMatchingFairs(actor);
  const fairId = fairParam ?? fairs[0]?.id;
  if (!fairId) {
    return (
      <Card>
        <p className="text-slate-600">{t("admin.noFairs")}</p>
      </Card>
    );
  }
  const fair = await getFairWeights(actor, fairId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const fairName = localized(fair, "name", locale);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href="/admin/matching" className="text-sm text-brand-700 hover:underline">
          ← {t("weights.back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("weights.title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("weights.intro", { fair: fairName })}</p>
      </header>
      {fairs.length > 1 ? (
        <nav aria-label={t("weights.fair")} className="flex flex-wrap gap-2">
          {fairs.map((other) => (
            <Link
              key={other.id}
              href={`/admin/matching/weights?fair=${other.id}`}
              aria-current={other.id === fair.id ? "page" : undefined}
              className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
            >
              {localized(other, "name", locale)}
            </Link>
          ))}
        </nav>
      ) : null}
      <Card className="space-y-4">
        <p>
          <Badge tone={fair.tuned ? "info" : "neutral"}>
            {t(fair.tuned ? "weights.tuned" : "weights.usingDefaults")}
          </Badge>
        </p>
        <WeightsForm fairId={fair.id} weights={fair.weights} defaults={defaultMatchWeights} factors={weightedFactors} />
      </Card>
    </div>
  );
}
