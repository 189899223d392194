import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { getHostedFair, listCategoryChoices } from "@/lib/fairs/console-queries";
import { sessionFormValues } from "@/lib/fairs/form-values";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { SessionForm } from "@/components/console/session-form";

type Props = { params: Promise<{ locale: AppLocale; fairId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.session" });
  return { title: t("newTitle") };
}

export default async function NewSessionPage({ params }: Props) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/fairs/${fairId}/sessions/new`, "manage:fair:any");
  if (!actor) return <Forbidden />;
  const fair = await getHostedFair(actor, fairId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const categories = await listCategoryChoices();
  const t = await getTranslations("console.session");
  return (
    <div className="space-y-6">
      <ConsoleHeader
        title={t("newTitle")}
        intro={t("newIntro")}
        back={{ href: `/admin/fairs/${fair.id}`, label: localized(fair, "name", locale) }}
      />
      <Card>
        <SessionForm
          target={{ fairId: fair.id }}
          initial={sessionFormValues(null, fair)}
          categories={categories.map((c) => ({ value: c.slug, label: localized(c, "name", locale) }))}
          fairZone={fair.timeZone}
        />
      </Card>
    </div>
  );
}
