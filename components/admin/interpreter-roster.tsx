import { getTranslations } from "next-intl/server";
import type { listInterpreters } from "@/lib/users/create-interpreter";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";

type Interpreter = Awaited<ReturnType<typeof listInterpreters>>[number];

export async function InterpreterRoster({ interpreters, locale }: { interpreters: Interpreter[]; locale: AppLocale }) {
  const t = await getTranslations("admin.interpreters");
  const tLanguages = await getTranslations("account.languages");
  return (
    <ul className="divide-y divide-slate-100" data-testid="interpreter-roster">
      {interpreters.map((interpreter) => (
        <li
          key={interpreter.id}
          className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4"
        >
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words">{interpreter.name}</span>
              {interpreter.disabledAt ? <Badge tone="danger">{t("disabled")}</Badge> : null}
            </p>
            <a href={`mailto:${interpreter.email}`} className="text-sm break-all text-brand-700 hover:underline">
              {interpreter.email}
            </a>
          </div>
          <div className="text-sm text-slate-600 sm:text-right">
            <p>{interpreter.languages.map((code) => messageOr(tLanguages, code, code)).join(" · ")}</p>
            <p className="text-xs text-slate-500">
              {interpreter.timeZone} ·{" "}
              {t("since", { date: formatDate(interpreter.createdAt, locale, interpreter.timeZone) })}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
