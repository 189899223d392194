import { Pager } from "./pager";

/** Pager for numbered pages (the supplier list, ordered by name and id). */
export function OffsetPager({
  path,
  query,
  page,
  pageCount,
}: {
  path: string;
  query: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  const to = (target: number): Record<string, string> => (target > 1 ? { page: String(target) } : {});
  return (
    <Pager
      path={path}
      query={query}
      page={page}
      pageCount={pageCount}
      previous={page > 1 ? to(page - 1) : null}
      next={page < pageCount ? to(page + 1) : null}
    />
  );
}
