import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadCategorySynonyms } from "@/lib/categories/load-category-synonyms";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { CategorySynonymsForm } from "@/components/categories/category-synonyms-form";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.categorySynonyms" });
  return { title: t("title") };
}

/** Organizers edit the synonyms of each category; products become searchable by them. */
export default async function CategorySynonymsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/categories", "manage:category:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("products.categorySynonyms");
  const categories = await loadCategorySynonyms(actor);
  const nameOf = (id: string | null) => {
    const parent = categories.find((category) => category.id === id);
    return parent ? localized(parent, "name", locale) : "";
  };

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>
      {categories.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-500">{t("empty")}</p>
        </Card>
      ) : (
        categories.map((category) => (
          <Card key={category.id} className="space-y-4" aria-labelledby={`category-${category.id}`}>
            <div className="space-y-0.5">
              <CardTitle id={`category-${category.id}`}>{localized(category, "name", locale)}</CardTitle>
              <p className="text-sm text-slate-500">
                <span lang="en">{category.nameEn}</span> · <span lang="zh-CN">{category.nameZh}</span> ·{" "}
                <span lang="ru">{category.nameRu}</span>
                {category.parentId ? ` — ${t("subcategoryOf", { parent: nameOf(category.parentId) })}` : null}
              </p>
            </div>
            <CategorySynonymsForm categoryId={category.id} synonyms={category.synonyms} />
          </Card>
        ))
      )}
    </div>
  );
}
