import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

const items = [
  { href: "/buyer/requirements", key: "requirements" },
  { href: "/buyer/profile", key: "profile" },
] as const;

/** The buyer area's two sections, as tabs under the page header. */
export async function BuyerNav({ current }: { current: (typeof items)[number]["key"] }) {
  const t = await getTranslations("buyer.nav");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-1 border-b border-slate-200">
      {items.map((item) => (
        <Link
          key={item.key}
          href={item.href}
          aria-current={item.key === current ? "page" : undefined}
          className={cn(
            "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium",
            item.key === current
              ? "border-brand-700 text-brand-800"
              : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
          )}
        >
          {t(item.key)}
        </Link>
      ))}
    </nav>
  );
}
