import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

type Item = { id: string; title: string; dates: string };

/** The sessions to choose from, as links (the choice lives in the URL: ?session=). */
export function SessionPicker({ items, selectedId, label }: { items: Item[]; selectedId: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const current = item.id === selectedId;
          return (
            <li key={item.id}>
              <Link
                href={{ pathname: "/meetings/availability", query: { session: item.id } }}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-md border px-3 py-2 text-sm",
                  current
                    ? "border-brand-600 bg-brand-50 text-brand-900"
                    : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                <span className="block font-medium">{item.title}</span>
                <span className="block text-xs text-slate-500">{item.dates}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
