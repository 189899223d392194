import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listInterpreters } from "@/lib/users/create-interpreter";
import type { AppLocale } from "@/lib/i18n/routing";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { CreateInterpreterForm } from "@/components/admin/create-interpreter-form";
import { InterpreterRoster } from "@/components/admin/interpreter-roster";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.interpreters" });
  return { title: t("title") };
}

export default async function InterpretersPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/interpreters", "manage:interpreter:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("admin.interpreters");
  const interpreters = await listInterpreters(actor);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </header>
      <Card className="space-y-3" aria-labelledby="roster-heading">
        <CardTitle id="roster-heading">{t("roster", { count: interpreters.length })}</CardTitle>
        {interpreters.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <InterpreterRoster interpreters={interpreters} locale={locale} />
        )}
      </Card>
      <Card className="space-y-4" aria-labelledby="create-interpreter-heading">
        <CardTitle id="create-interpreter-heading">{t("createHeading")}</CardTitle>
        <CreateInterpreterForm timeZones={timeZoneChoices()} />
      </Card>
    </div>
  );
}
