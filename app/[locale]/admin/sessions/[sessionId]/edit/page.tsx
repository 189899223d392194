import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listCategoryChoices } from "@/lib/fairs/console-queries";
import { sessionFormValues } from "@/lib/fairs/form-values";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { SessionForm } from "@/components/console/session-form";
import { SessionHeader } from "@/components/console/session-header";

type Props = { params: Promise<{ locale: AppLocale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.session" });
  return { title: t("editTitle") };
}

/** Edit a session's timetable and rules; cut meetings are listed for a decision before anything is saved. */
export default async function EditSessionPage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/edit`, "manage:fair:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const categories = await listCategoryChoices();
  const t = await getTranslations("console.session");
  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="edit" />
      <p className="max-w-3xl text-sm text-slate-600">{t("editIntro")}</p>
      <Card>
        <SessionForm
          target={{ sessionId: session.id }}
          initial={sessionFormValues(session, session.fair)}
          categories={categories.map((c) => ({ value: c.slug, label: localized(c, "name", locale) }))}
          fairZone={session.fair.timeZone}
        />
      </Card>
    </div>
  );
}
