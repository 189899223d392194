import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PublicProduct } from "@/lib/catalogue/get-public-product";
import { Badge } from "@/components/ui/badge";

/** MOQ, lead time, HS code, category and certifications as a definition list. */
export async function ProductFacts({ product, locale }: { product: PublicProduct; locale: AppLocale }) {
  const t = await getTranslations("catalogue.product");
  const tProducts = await getTranslations("products");
  const typeNames = new Map(product.certificateTypes.map((type) => [type.code, localized(type, "name", locale)]));
  const facts: [string, React.ReactNode][] = [
    [
      t("moq"),
      messageOr(tProducts, `unitCounts.${product.moqUnit}`, `${product.moq} ${product.moqUnit}`, {
        count: product.moq,
      }),
    ],
    [t("leadTime"), product.leadTimeDays ? t("leadTimeDays", { days: product.leadTimeDays }) : t("leadTimeUnknown")],
    [
      t("hsCode"),
      <span key="hs" className="font-mono tabular-nums">
        {product.hsCode}
      </span>,
    ],
    [t("category"), localized(product.category, "name", locale)],
    [
      t("certifications"),
      product.certifications.length > 0 ? (
        <ul key="certs" className="flex flex-wrap gap-1">
          {product.certifications.map((code) => (
            <li key={code}>
              <Badge tone="success" title={typeNames.get(code)}>
                {typeNames.get(code) ?? code}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        t("noCertifications")
      ),
    ],
  ];
  return (
    <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 px-4 py-2.5">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
