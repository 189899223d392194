import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { displayList, displayName, displayPlace } from "./display-names";

type Supplier = {
  city: string;
  country: string;
  website: string | null;
  yearFounded: number | null;
  staffSize: string | null;
  exportMarkets: string[];
  languages: string[];
};

/** City, founding year, staff, export markets, languages and website as a definition list. */
export async function SupplierFacts({ supplier, locale }: { supplier: Supplier; locale: AppLocale }) {
  const t = await getTranslations("catalogue.supplier");
  const facts: [string, React.ReactNode][] = [
    [t("city"), displayPlace(findKnownCity(supplier.city)?.name[locale] ?? supplier.city, supplier.country, locale)],
  ];
  if (supplier.yearFounded) facts.push([t("founded"), String(supplier.yearFounded)]);
  if (supplier.staffSize) facts.push([t("staff"), supplier.staffSize]);
  if (supplier.exportMarkets.length > 0) {
    facts.push([
      t("markets"),
      displayList(
        supplier.exportMarkets.map((code) => displayName(code, "region", locale)),
        locale,
      ),
    ]);
  }
  if (supplier.languages.length > 0) {
    facts.push([
      t("languages"),
      displayList(
        supplier.languages.map((code) => displayName(code, "language", locale)),
        locale,
      ),
    ]);
  }
  if (supplier.website) {
    facts.push([
      t("website"),
      <a
        key="website"
        href={supplier.website}
        rel="noopener noreferrer nofollow"
        target="_blank"
        className="break-all text-brand-700 hover:underline"
      >
        {supplier.website}
      </a>,
    ]);
  }
  return (
    <dl className="grid gap-x-6 gap-y-2 border-t border-slate-100 pt-3 text-sm sm:grid-cols-2">
      {facts.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
