import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { errorMessage } from "@/lib/i18n/error-message";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { getRequestForm } from "@/lib/meetings/get-request-form";
import { showcaseRequestPrefill } from "@/lib/showcases/request-prefill";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { RequestMeetingForm } from "@/components/meetings/request-meeting-form";
import { slotChoices } from "@/components/meetings/meeting-time";

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ session?: string; with?: string; requirement?: string; showcase?: string; product?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meetings.new" });
  return { title: t("title") };
}

/** A supplier or buyer asks another registered organization of the session for a meeting. */
export default async function NewMeetingRequestPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  const search = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const actor = await requirePageActor(locale, `/meetings/new?${search}`, "request:meeting:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("meetings");
  const tErrors = await getTranslations("errors");
  const sessionId = typeof query.session === "string" ? query.session : "";
  const organizationId = typeof query.with === "string" ? query.with : "";
  const requirementId = typeof query.requirement === "string" ? query.requirement : undefined;

  // Opened from a live-stream showcase: the request records it and starts with its products.
  const fromShowcase =
    typeof query.showcase === "string" && sessionId && organizationId
      ? await showcaseRequestPrefill(
          actor,
          {
            showcaseId: query.showcase,
            sessionId,
            organizationId,
            productId: typeof query.product === "string" ? query.product : undefined,
          },
          locale,
        )
      : null;

  let form: Awaited<ReturnType<typeof getRequestForm>> | null = null;
  let problem: string | null = null;
  if (!sessionId || !organizationId) problem = t("new.missing");
  else {
    try {
      form = await getRequestForm(actor, { sessionId, organizationId });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = errorMessage(tErrors, error.messageKey, error.params);
    }
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link href="/meetings" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">
          {form ? t("new.titleWith", { name: localized(form.counterpart, "name", locale) }) : t("new.title")}
        </h1>
        {form ? (
          <p className="text-slate-600">
            {t("new.intro", {
              session: sessionTitleWithEdition(form.session, locale),
              city: findKnownCity(form.counterpart.city)?.name[locale] ?? form.counterpart.city,
              myZone: zoneCityName(actor.timeZone, locale),
              theirZone: zoneCityName(form.counterpart.timeZone, locale),
            })}
          </p>
        ) : null}
      </header>
      {problem || !form ? (
        <Alert tone="danger" role="alert" data-testid="request-problem">
          {problem}
        </Alert>
      ) : (
        <Card>
          <RequestMeetingForm
            sessionId={form.session.id}
            organizationId={form.counterpart.id}
            requirementId={requirementId}
            showcaseId={fromShowcase?.showcaseId}
            defaultMessage={fromShowcase?.message}
            slots={slotChoices(form.slots, locale, actor.timeZone, form.counterpart.timeZone)}
          />
        </Card>
      )}
    </div>
  );
}
