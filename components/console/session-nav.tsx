import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

const tabs = [
  "overview",
  "live",
  "edit",
  "participants",
  "interpreters",
  "schedule",
  "meetings",
  "outcomes",
  "showcases",
] as const;
export type SessionTab = (typeof tabs)[number];

/** The console's tabs for one session. */
export function SessionNav({ sessionId, current }: { sessionId: string; current: SessionTab }) {
  const t = useTranslations("console.sessionNav");
  return (
    <nav aria-label={t("label")} className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200 px-1">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              href={`/admin/sessions/${sessionId}${tab === "overview" ? "" : `/${tab}`}`}
              aria-current={tab === current ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 px-3 py-2 text-sm",
                tab === current
                  ? "border-brand-700 font-medium text-brand-800"
                  : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
