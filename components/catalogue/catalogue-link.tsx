import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The session page's way into its catalogue (rendered by the session page). */
export async function CatalogueLink({ fairSlug, sessionSlug }: { fairSlug: string; sessionSlug: string }) {
  const t = await getTranslations("catalogue.link");
  return (
    <Card
      aria-labelledby="catalogue-link-heading"
      className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="min-w-0 space-y-1">
        <h2 id="catalogue-link-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("text")}</p>
      </div>
      <Button asChild className="shrink-0">
        <Link href={`/fairs/${fairSlug}/${sessionSlug}/catalogue`}>{t("open")}</Link>
      </Button>
    </Card>
  );
}
