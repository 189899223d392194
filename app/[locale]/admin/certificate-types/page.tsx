import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listCertificateTypes } from "@/lib/suppliers/list-certificate-types";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { CreateCertificateTypeForm } from "@/components/certificate-types/create-certificate-type-form";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.certificateTypes" });
  return { title: t("title") };
}

export default async function CertificateTypesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/certificate-types", "manage:fair:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("products.certificateTypes");
  const types = await listCertificateTypes();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>
      <Card className="space-y-3" aria-labelledby="types-heading">
        <CardTitle id="types-heading">{t("listHeading", { count: types.length })}</CardTitle>
        {types.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <table className="block w-full text-left text-sm sm:table">
            <thead className="sr-only sm:not-sr-only sm:table-header-group">
              <tr className="text-xs text-slate-600">
                {(["code", "nameEn", "nameZh", "nameRu"] as const).map((column) => (
                  <th key={column} scope="col" className="py-2 pr-3 font-medium">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 sm:table-row-group">
              {types.map((type) => (
                <tr key={type.code} className="block py-2 sm:table-row">
                  <th scope="row" className="block pr-3 font-mono font-semibold sm:table-cell sm:py-2">
                    {type.code}
                  </th>
                  <td className="block pr-3 break-words sm:table-cell sm:py-2" lang="en">
                    {type.nameEn}
                  </td>
                  <td className="block pr-3 break-words sm:table-cell sm:py-2" lang="zh-CN">
                    {type.nameZh}
                  </td>
                  <td className="block pr-3 break-words sm:table-cell sm:py-2" lang="ru">
                    {type.nameRu}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card className="space-y-4" aria-labelledby="add-type-heading">
        <CardTitle id="add-type-heading">{t("addHeading")}</CardTitle>
        <CreateCertificateTypeForm />
      </Card>
    </div>
  );
}
