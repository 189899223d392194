import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import type { SupplierHit } from "@/lib/catalogue/search-suppliers";
import { Badge } from "@/components/ui/badge";
import { SupplierLogo } from "./supplier-logo";

/** The suppliers of a session as cards: name, city, size, valid certificates, product count. */
export async function SupplierList({
  suppliers,
  sessionId,
  locale,
}: {
  suppliers: SupplierHit[];
  sessionId: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("catalogue.suppliers");
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="supplier-results">
      {suppliers.map((supplier) => {
        const name = localized(supplier, "name", locale);
        return (
          <li key={supplier.id}>
            <article className="relative flex h-full gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-200 hover:shadow-md">
              <SupplierLogo logoKey={supplier.logoKey} name={name} className="h-14 w-14 shrink-0" />
              <div className="min-w-0 flex-1 space-y-1">
                <h3 className="font-semibold break-words">
                  <Link
                    href={{ pathname: `/suppliers/${supplier.id}`, query: { session: sessionId } }}
                    className="text-brand-800 after:absolute after:inset-0 focus:outline-none"
                  >
                    {name}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">
                  {[
                    findKnownCity(supplier.city)?.name[locale] ?? supplier.city,
                    supplier.yearFounded ? t("founded", { year: supplier.yearFounded }) : null,
                    supplier.staffSize ? t("staff", { size: supplier.staffSize }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="text-sm text-slate-700">{t("products", { count: supplier.productCount })}</p>
                {supplier.certificateCodes.length > 0 ? (
                  <ul className="flex flex-wrap gap-1 pt-1" aria-label={t("certificates")}>
                    {supplier.certificateCodes.map((code) => (
                      <li key={code}>
                        <Badge tone="success">{code}</Badge>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
