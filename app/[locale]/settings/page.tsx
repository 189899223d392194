import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { mayCreateApiTokens } from "@/lib/api-tokens/create-api-token";
import { getCalendarFeedStatus } from "@/lib/calendar/calendar-feed";
import { appUrl } from "@/lib/calendar/room-url";
import type { AppLocale } from "@/lib/i18n/routing";
import { visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { formatDateTime } from "@/lib/time/format";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { ApiTokenList } from "@/components/settings/api-token-list";
import { CalendarFeedForm } from "@/components/settings/calendar-feed-form";
import { ConfirmActionForm } from "@/components/settings/confirm-action-form";
import { CreateTokenForm } from "@/components/settings/create-token-form";
import { revokeCalendarFeedAction } from "./actions";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "settings" });
  return { title: t("title") };
}

/** True when the actor has meetings a calendar could show (an approved party, an interpreter, an organizer). */
function mayHaveFeed(actor: Parameters<typeof visibleMeetingsWhere>[0]): boolean {
  try {
    visibleMeetingsWhere(actor);
    return true;
  } catch {
    return false;
  }
}

/** Personal API tokens and the private calendar feed: every signed-in role has them. */
export default async function SettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/settings");
  const t = await getTranslations("settings");
  const tErrors = await getTranslations("errors");
  const [tokens, feed] = await Promise.all([listApiTokens(actor), getCalendarFeedStatus(actor)]);
  const openApiUrl = `${appUrl()}/api/v1/openapi.json`;
  const feedAllowed = mayHaveFeed(actor);
  const when = (date: Date | null) => (date ? formatDateTime(date, locale, actor.timeZone) : t("tokens.never"));

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>

      <Card className="space-y-4" aria-labelledby="tokens-heading">
        <CardTitle id="tokens-heading">{t("tokens.title")}</CardTitle>
        <p className="max-w-3xl text-sm text-slate-600">{t("tokens.intro")}</p>
        <div className="space-y-1 text-sm text-slate-700">
          <p>
            {t("tokens.docs")}{" "}
            <a
              href="/api/v1/openapi.json"
              className="break-all text-brand-700 hover:underline"
              data-testid="openapi-link"
            >
              {openApiUrl}
            </a>
          </p>
          <p className="text-slate-600">{t("tokens.usage")}</p>
          <pre className="overflow-x-auto rounded bg-slate-900 px-3 py-2 text-xs text-slate-100">
            <code>{`curl -H "Authorization: Bearer fb_…" ${appUrl()}/api/v1/meetings`}</code>
          </pre>
        </div>
        {mayCreateApiTokens(actor) ? (
          <CreateTokenForm />
        ) : (
          <Alert tone="info" role="status" data-testid="tokens-not-approved">
            {tErrors("apiTokenOrganizationNotApproved")}
          </Alert>
        )}
        <h3 className="pt-2 text-base font-semibold text-slate-900">{t("tokens.listTitle")}</h3>
        <ApiTokenList tokens={tokens} locale={locale} timeZone={actor.timeZone} />
      </Card>

      <Card className="space-y-4" aria-labelledby="calendar-heading">
        <CardTitle id="calendar-heading">{t("calendar.title")}</CardTitle>
        <p className="max-w-3xl text-sm text-slate-600">{t("calendar.intro")}</p>
        {feedAllowed ? (
          <>
            <p className="text-sm text-slate-700" data-testid="feed-status">
              {feed
                ? t("calendar.active", { created: when(feed.createdAt), used: when(feed.lastUsedAt) })
                : t("calendar.none")}
            </p>
            <CalendarFeedForm active={Boolean(feed)} />
            {feed ? (
              <ConfirmActionForm
                action={revokeCalendarFeedAction}
                trigger={t("calendar.revoke")}
                question={t("calendar.revokeQuestion")}
                confirm={t("calendar.revokeConfirm")}
                cancel={t("tokens.cancel")}
                testId="revoke-feed"
              />
            ) : null}
          </>
        ) : (
          <Alert tone="warning" role="status">
            {t("calendar.notAvailable")}
          </Alert>
        )}
      </Card>
    </div>
  );
}
