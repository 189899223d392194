import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

// Shown for unknown fairs and sessions (notFound()) and, through [...rest], for any
// unknown path under a locale.
export default async function LocaleNotFound() {
  const t = await getTranslations("public.notFound");
  const common = await getTranslations("common");
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <title>{`${t("title")} · ${common("appName")}`}</title>
      <p aria-hidden className="text-5xl font-semibold text-brand-700">
        404
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("text")}</p>
      <Button asChild>
        <Link href="/">{t("home")}</Link>
      </Button>
    </div>
  );
}
