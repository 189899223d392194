import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listCategoryChoices } from "@/lib/negative-list/list-category-choices";
import { listNegativeListEntries } from "@/lib/negative-list/list-entries";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { AddEntryForm } from "@/components/negative-list/add-entry-form";
import { EntryList } from "@/components/negative-list/entry-list";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "negativeList" });
  return { title: t("title") };
}

export default async function NegativeListPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/negative-list", "manage:negativeList:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("negativeList");
  const [entries, categories] = await Promise.all([listNegativeListEntries(actor), listCategoryChoices(actor)]);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
        <p className="text-sm text-slate-500">{t("scopeNote")}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card className="space-y-3" aria-labelledby="entries-heading">
          <CardTitle id="entries-heading">{t("list.heading", { count: entries.length })}</CardTitle>
          {entries.length === 0 ? (
            <p className="text-sm text-slate-500">{t("list.empty")}</p>
          ) : (
            <EntryList entries={entries} locale={locale} timeZone={actor.timeZone} />
          )}
        </Card>
        <Card className="space-y-4" aria-labelledby="add-entry-heading">
          <CardTitle id="add-entry-heading">{t("add.heading")}</CardTitle>
          <AddEntryForm categories={categories} />
        </Card>
      </div>
    </div>
  );
}
