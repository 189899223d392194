import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import { getSessionStatus } from "@/lib/fairs/session-status";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { SessionHeader } from "@/components/console/session-header";
import { StatusBars } from "@/components/console/status-bars";

type Props = {
  params: Promise<{ locale: AppLocale; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.status" });
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

/** A session's live status: who registered, what was asked, what is booked, how full the grid and the interpreters are. */
export default async function SessionStatusPage({ params, searchParams }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}`, "manage:fair:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const status = await getSessionStatus(actor, session.id);
  const { done } = await searchParams;
  const t = await getTranslations("console.status");
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="overview" />
      {done === "created" ? (
        <Alert tone="success" role="status">
          {t("created")}
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="session-kpis">
        {[
          { key: "booked", label: t("booked"), value: String(status.booked) },
          { key: "utilization", label: t("utilization"), value: percent(status.utilization) },
          {
            key: "participants",
            label: t("participants"),
            value: t("sides", { suppliers: status.suppliers, buyers: status.buyers }),
          },
          { key: "slots", label: t("slots"), value: String(status.slots) },
        ].map((kpi) => (
          <Card key={kpi.key} className="p-4">
            <p className="text-sm text-slate-600">{kpi.label}</p>
            <p className="text-2xl font-semibold tabular-nums" data-testid={`kpi-${kpi.key}`}>
              {kpi.value}
            </p>
          </Card>
        ))}
      </div>
      <p className="text-xs text-slate-500">{t("utilizationHint", { capacity: status.capacity })}</p>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="space-y-3" aria-labelledby="registrations-heading">
          <CardTitle id="registrations-heading">{t("registrations")}</CardTitle>
          <StatusBars
            testId="registrations"
            rows={(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"] as const).map((key) => ({
              key,
              label: t(`registration.${key}`),
              value: status.registrations[key],
              tone: key === "APPROVED" ? "emerald" : key === "PENDING" ? "amber" : "slate",
            }))}
          />
        </Card>
        <Card className="space-y-3" aria-labelledby="requests-heading">
          <CardTitle id="requests-heading">{t("requests")}</CardTitle>
          <StatusBars
            testId="requests"
            rows={(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED"] as const).map((key) => ({
              key,
              label: t(`request.${key}`),
              value: status.requests[key],
              tone: key === "ACCEPTED" ? "emerald" : key === "PENDING" ? "amber" : "slate",
            }))}
          />
        </Card>
        <Card className="space-y-3" aria-labelledby="meetings-heading">
          <CardTitle id="meetings-heading">{t("meetings")}</CardTitle>
          <StatusBars
            testId="meetings"
            rows={(["SCHEDULED", "COMPLETED", "CANCELLED"] as const).map((key) => ({
              key,
              label: t(`meeting.${key}`),
              value: status.meetings[key],
              tone: key === "CANCELLED" ? "slate" : "brand",
            }))}
          />
        </Card>
      </div>
      <Card className="space-y-3" aria-labelledby="interpreters-heading">
        <CardTitle id="interpreters-heading">{t("interpreterLoad")}</CardTitle>
        {status.interpreters.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noInterpreters")}</p>
        ) : (
          <ul className="space-y-2" data-testid="interpreter-load">
            {status.interpreters.map((interpreter) => {
              const load = interpreter.shiftSlots ? interpreter.meetings / interpreter.shiftSlots : 0;
              return (
                <li
                  key={interpreter.id}
                  className="grid grid-cols-[minmax(6rem,12rem)_1fr_auto] items-center gap-2 text-sm"
                >
                  <span className="truncate">{interpreter.name}</span>
                  <div className="h-3 rounded bg-slate-100" aria-hidden>
                    <div className="h-3 rounded bg-brand-600" style={{ width: `${Math.min(100, load * 100)}%` }} />
                  </div>
                  <span className="tabular-nums text-slate-700">
                    {t("load", {
                      meetings: interpreter.meetings,
                      slots: interpreter.shiftSlots,
                      percent: percent(load),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
