import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadSessionProgramme } from "@/lib/showcases/load-programme";
import { zoneCityName } from "@/lib/time/zone-city";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { ProgrammeList } from "@/components/showcases/programme-list";

type Props = { params: Promise<{ locale: AppLocale; fairSlug: string; sessionSlug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "showcases.programme" });
  return { title: t("title") };
}

/** A session's live-showcase programme, for anyone; times in the viewer's zone with the fair's beside it. */
export default async function SessionProgrammePage({ params }: Props) {
  const { locale, fairSlug, sessionSlug } = await params;
  setRequestLocale(locale);
  const actor = await getActor();
  const programme = await loadSessionProgramme(actor, fairSlug, sessionSlug);
  if (!programme) notFound();
  const t = await getTranslations("showcases.programme");
  const tPublic = await getTranslations("public");
  const { session } = programme;
  const sessionTitle = localized(session, "title", locale);
  const path = `/fairs/${session.fair.slug}/${session.slug}/showcases`;
  const viewerZone = actor?.timeZone ?? session.fair.timeZone;

  return (
    <div className="space-y-6">
      <Breadcrumb
        label={tPublic("session.breadcrumb")}
        crumbs={[
          { label: tPublic("session.fairs"), href: "/" },
          { label: localized(session.fair, "name", locale), href: `/fairs/${session.fair.slug}` },
          { label: sessionTitle, href: `/fairs/${session.fair.slug}/${session.slug}` },
          { label: t("title") },
        ]}
      />
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro", { session: sessionTitle })}</p>
        <p className="text-xs text-slate-500">
          {zoneCityName(viewerZone, locale)}
          {viewerZone !== session.fair.timeZone ? ` · ${zoneCityName(session.fair.timeZone, locale)}` : null}
        </p>
      </header>
      {programme.showcases.length === 0 ? (
        <p className="text-slate-600" data-testid="programme-empty">
          {t("empty")}
        </p>
      ) : (
        <ProgrammeList
          programme={programme}
          locale={locale}
          viewerZone={viewerZone}
          signedIn={actor != null}
          loginHref={`/login?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`}
        />
      )}
      <Link href={`/fairs/${session.fair.slug}/${session.slug}`} className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
    </div>
  );
}
