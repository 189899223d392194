import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { Card } from "@/components/ui/card";

type Fair = { id: string; nameEn: string; nameZh: string; nameRu: string; startDate: Date; endDate: Date };

/** A list of fairs, each linking to its report (organizers) or to "my fair" (participants). */
export function FairReportList({
  fairs,
  hrefOf,
  openLabel,
  empty,
  locale,
}: {
  fairs: Fair[];
  hrefOf: (fairId: string) => string;
  openLabel: string;
  empty: string;
  locale: AppLocale;
}) {
  if (fairs.length === 0)
    return (
      <Card data-testid="results-fairs-empty">
        <p className="text-slate-600">{empty}</p>
      </Card>
    );
  return (
    <ul className="space-y-3" data-testid="results-fairs">
      {fairs.map((fair) => (
        <li key={fair.id}>
          <Card className="flex flex-wrap items-center justify-between gap-3">
            <div className="min-w-0">
              <h2 className="text-lg font-semibold break-words">
                <Link href={hrefOf(fair.id)} className="hover:underline">
                  {localized(fair, "name", locale)}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">{formatDateRange(fair.startDate, fair.endDate, locale)}</p>
            </div>
            <Link
              href={hrefOf(fair.id)}
              className="text-sm font-medium text-brand-700 hover:underline"
              aria-hidden="true"
              tabIndex={-1}
            >
              {openLabel} →
            </Link>
          </Card>
        </li>
      ))}
    </ul>
  );
}
