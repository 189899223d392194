import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getPublishedSession } from "@/lib/fairs/queries";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { getActor } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";
import { RegistrationWindow } from "@/components/fairs/registration-window";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { CatalogueLink } from "@/components/catalogue/catalogue-link";
import { CategoryBadges } from "@/components/fairs/category-badges";
import { ParticipantList } from "@/components/fairs/participant-list";
import { SessionHours } from "@/components/fairs/session-hours";
import { ShowcaseProgrammeLink } from "@/components/showcases/programme-link";

type Params = { params: Promise<{ locale: AppLocale; fairSlug: string; sessionSlug: string }> };

// Metadata and page share one query per request.
const loadSession = cache(getPublishedSession);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, fairSlug, sessionSlug } = await params;
  const session = await loadSession(fairSlug, sessionSlug);
  if (!session) return { title: (await getTranslations({ locale, namespace: "public.notFound" }))("title") }; // the page answers with the 404
  return { title: `${localized(session, "title", locale)} · ${localized(session.fair, "name", locale)}` };
}

export default async function SessionPage({ params }: Params) {
  const { locale, fairSlug, sessionSlug } = await params;
  setRequestLocale(locale);
  const [session, actor] = await Promise.all([loadSession(fairSlug, sessionSlug), getActor()]);
  if (!session) notFound();
  const t = await getTranslations("public");
  const title = localized(session, "title", locale);
  const fairName = localized(session.fair, "name", locale);
  const description = localized(session, "description", locale);
  const now = new Date();
  const lifecycle = toLifecycleInput(session);
  const over = isSessionOver(lifecycle, now);
  const dates = formatDateRange(session.startDate, session.endDate, locale);

  return (
    <div className="space-y-6">
      <Breadcrumb
        label={t("session.breadcrumb")}
        crumbs={[
          { label: t("session.fairs"), href: "/" },
          { label: fairName, href: `/fairs/${session.fair.slug}` },
          { label: title },
        ]}
      />
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{title}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-slate-700">{dates}</p>
          <SessionPhaseBadge session={lifecycle} now={now} />
        </div>
        <RegistrationWindow session={lifecycle} now={now} locale={locale} />
        <CategoryBadges
          categories={session.categories.map((c) => c.category)}
          label={t("session.categories")}
          locale={locale}
        />
        {description ? <p className="max-w-3xl text-slate-700">{description}</p> : null}
      </header>

      {over ? (
        <Alert tone="info" role="note" data-testid="session-archive">
          <p className="font-semibold">{t("session.archiveTitle")}</p>
          <p>{t("session.archiveText", { dates })}</p>
        </Alert>
      ) : null}

      <CatalogueLink fairSlug={session.fair.slug} sessionSlug={session.slug} />
      <ShowcaseProgrammeLink
        sessionId={session.id}
        fairSlug={session.fair.slug}
        sessionSlug={session.slug}
        locale={locale}
      />

      <SessionHours
        timetable={{
          startDate: session.startDate,
          endDate: session.endDate,
          dailyStartMinute: session.dailyStartMinute,
          dailyEndMinute: session.dailyEndMinute,
          timeZone: session.fair.timeZone,
          breaks: session.breaks,
        }}
        slotMinutes={session.slotMinutes}
        viewerZone={actor?.timeZone ?? null}
        locale={locale}
      />

      <div className="grid gap-6 md:grid-cols-2">
        <ParticipantList
          title={t("session.suppliers")}
          emptyText={t("session.noSuppliers")}
          participants={session.suppliers.listed}
          total={session.suppliers.total}
          moreHref={`/fairs/${session.fair.slug}/${session.slug}/catalogue/suppliers`}
          locale={locale}
          testId="session-suppliers"
        />
        <ParticipantList
          title={t("session.buyers")}
          emptyText={t("session.noBuyers")}
          participants={session.buyers.listed}
          total={session.buyers.total}
          locale={locale}
          testId="session-buyers"
        />
      </div>

      {actor || over ? null : (
        <Card className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="space-y-1">
            <h2 className="text-lg font-semibold">{t("session.joinTitle")}</h2>
            <p className="text-sm text-slate-600">{t("session.joinText")}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild>
              <Link href={{ pathname: "/signup", query: { kind: "SUPPLIER" } }}>{t("home.joinAsSupplier")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={{ pathname: "/signup", query: { kind: "BUYER" } }}>{t("home.joinAsBuyer")}</Link>
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}
