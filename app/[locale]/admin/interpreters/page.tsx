import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listInterpreters } from "@/lib/users/create-interpreter";
import type { AppLocale } from "@/lib/i18n/routing";
import { preferredTimeZones } from "@/lib/time/zones";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { CreateInterpreterForm } from "@/components/admin/create-interpreter-form";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.interpreters" });
  return { title: t("title") };
}

export default async function InterpretersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/interpreters", ["ORGANIZER"]);
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin.interpreters");
  const tLang = await getTranslations("account.languages");
  const interpreters = await listInterpreters(actor);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("roster", { count: interpreters.length })}</h2>
        {interpreters.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("roster", { count: interpreters.length })}>
            {interpreters.map((interpreter) => (
              <li key={interpreter.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{interpreter.name}</span> <span className="text-sm text-slate-500 break-all">{interpreter.email}</span>
                </span>
                <span className="text-sm text-slate-600">
                  {interpreter.languages.map((l) => tLang(l)).join(" · ")} · {interpreter.timeZone}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("createHeading")}</h2>
        <CreateInterpreterForm timeZones={[...preferredTimeZones]} />
      </Card>
    </div>
  );
}
