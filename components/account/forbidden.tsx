import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** The 403 page: shown instead of a page the signed-in role may not open. */
export async function Forbidden() {
  const t = await getTranslations("account.forbidden");
  const tErrors = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
      <p className="text-5xl font-semibold text-brand-700" aria-hidden>
        403
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Alert tone="danger" role="alert" className="text-left">
        {tErrors("forbidden")} {t("text")}
      </Alert>
      <Button asChild variant="secondary">
        <Link href="/dashboard">{t("back")}</Link>
      </Button>
    </div>
  );
}
