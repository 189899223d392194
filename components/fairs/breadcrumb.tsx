import { Link } from "@/lib/i18n/navigation";

type Crumb = { label: string; href?: string };

/** Where the page sits; the last crumb is the current page and is not a link. */
export function Breadcrumb({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => (
          <li key={crumb.label} className="flex min-w-0 items-center gap-2">
            {index > 0 ? (
              <span aria-hidden className="text-slate-400">
                /
              </span>
            ) : null}
            {crumb.href ? (
              <Link href={crumb.href} className="break-words text-brand-700 hover:text-brand-900 hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="break-words text-slate-800">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
