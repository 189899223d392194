import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { buttonVariants } from "@/components/ui/button";

type Query = Record<string, string | string[]>;

/** Previous / next links that keep the search and carry the page's cursor; the label says where you are. */
export async function Pager({
  path,
  query,
  page,
  pageCount,
  previous,
  next,
}: {
  path: string;
  query: Query;
  page: number;
  pageCount: number;
  previous: Query | null;
  next: Query | null;
}) {
  const t = await getTranslations("catalogue.pager");
  if (!previous && !next) return null;
  const link = (extra: Query, label: string, rel: "prev" | "next") => (
    <Link
      href={{ pathname: path, query: { ...query, ...extra } }}
      rel={rel}
      className={buttonVariants({ variant: "secondary" })}
    >
      {label}
    </Link>
  );
  const disabled = (label: string) => (
    <span
      aria-disabled="true"
      className={buttonVariants({ variant: "secondary", className: "pointer-events-none opacity-50" })}
    >
      {label}
    </span>
  );
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3 pt-2">
      {previous ? link(previous, t("previous"), "prev") : disabled(t("previous"))}
      <span className="text-sm text-slate-600">{t("page", { page, pages: Math.max(page, pageCount) })}</span>
      {next ? link(next, t("next"), "next") : disabled(t("next"))}
    </nav>
  );
}
