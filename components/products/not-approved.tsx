import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";

/** Shown instead of the product form while the supplier is not (or no longer) approved. */
export async function SupplierNotApproved() {
  const t = await getTranslations("products");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("form.newTitle")}</h1>
      <Alert tone="warning" role="alert">
        {t("form.notApproved")}
      </Alert>
      <Link href="/dashboard" className="text-sm text-brand-700 hover:underline">
        {t("form.back")}
      </Link>
    </div>
  );
}
