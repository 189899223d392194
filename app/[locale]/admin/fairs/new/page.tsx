import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { FairForm } from "@/components/console/fair-form";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.fair" });
  return { title: t("newTitle") };
}

export default async function NewFairPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/fairs/new", "manage:fair:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("console");
  return (
    <div className="space-y-6">
      <ConsoleHeader
        title={t("fair.newTitle")}
        intro={t("fair.newIntro")}
        back={{ href: "/admin/fairs", label: t("fairs.title") }}
      />
      <Card>
        <FairForm timeZones={timeZoneChoices()} />
      </Card>
    </div>
  );
}
