import { Badge } from "@/components/ui/badge";
import { ProductThumb } from "./product-thumb";

export type ProductCardView = {
  id: string;
  href: string;
  name: string;
  supplierLine: string;
  price: { price: string; converted: string | null } | null;
  moqText: string;
  certifications: string[];
  thumbKey: string | null;
};

export type ProductCardLabels = { noImage: string; priceOnRequest: string; certifications: string };

/**
 * One search result, already formatted by its list (so a page of cards costs no
 * per-card translation lookups). The name is a plain link stretched over the
 * card: results are many, and each would otherwise be a client component.
 */
export function ProductCard({ view, labels }: { view: ProductCardView; labels: ProductCardLabels }) {
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm transition-shadow focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-200 hover:shadow-md">
      <ProductThumb storageKey={view.thumbKey} noImageLabel={labels.noImage} className="aspect-[4/3] w-full" />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h3 className="font-semibold break-words text-slate-900">
          <a href={view.href} className="text-brand-800 after:absolute after:inset-0 focus:outline-none">
            {view.name}
          </a>
        </h3>
        <p className="text-sm break-words text-slate-600">{view.supplierLine}</p>
        <div className="mt-auto space-y-2 pt-2">
          {view.price ? (
            <div>
              <p className="font-semibold text-slate-900">{view.price.price}</p>
              {view.price.converted ? <p className="text-xs text-slate-500">{view.price.converted}</p> : null}
            </div>
          ) : (
            <p className="text-sm text-slate-600">{labels.priceOnRequest}</p>
          )}
          <p className="text-sm text-slate-700">{view.moqText}</p>
          {view.certifications.length > 0 ? (
            <ul className="flex flex-wrap gap-1" aria-label={labels.certifications}>
              {view.certifications.map((code) => (
                <li key={code}>
                  <Badge tone="success">{code}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </article>
  );
}
