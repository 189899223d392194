import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadConsoleProgramme } from "@/lib/showcases/load-console-programme";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { SessionHeader } from "@/components/console/session-header";
import { ConsoleProgramme } from "@/components/showcases/console-programme";
import { OverlapLimitForm } from "@/components/showcases/overlap-limit-form";

type Props = {
  params: Promise<{ locale: AppLocale; sessionId: string }>;
  searchParams: Promise<{ done?: string }>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "showcases.console" });
  return { title: t("title") };
}

/** A hosted session's live-showcase programme: review, public or not, the overlap limit, audience. */
export default async function SessionShowcasesPage({ params, searchParams }: Props) {
  const { locale, sessionId } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/showcases`, "review:showcase:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const now = new Date();
  const programme = await loadConsoleProgramme(actor, session.id, now);
  const t = await getTranslations("showcases.console");

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="showcases" />
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      {done === "decided" || done === "limit" ? (
        <Alert tone="success" role="status" data-testid="console-showcases-done">
          {done === "decided" ? t("decided") : t("limitSaved")}
        </Alert>
      ) : null}
      <Card>
        <OverlapLimitForm sessionId={session.id} limit={programme.session.showcaseOverlapLimit} />
      </Card>
      {programme.showcases.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ConsoleProgramme
          showcases={programme.showcases}
          locale={locale}
          viewerZone={actor.timeZone}
          fairZone={programme.session.fair.timeZone}
          now={now}
        />
      )}
    </div>
  );
}
