import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Badge } from "@/components/ui/badge";

type Category = { id: string; nameEn: string; nameZh: string; nameRu: string };

export function CategoryBadges({
  categories,
  label,
  locale,
}: {
  categories: Category[];
  label: string;
  locale: AppLocale;
}) {
  if (categories.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {categories.map((category) => (
        <li key={category.id}>
          <Badge tone="info">{localized(category, "name", locale)}</Badge>
        </li>
      ))}
    </ul>
  );
}
