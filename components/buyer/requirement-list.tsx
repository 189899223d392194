import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money/format-money";
import type { OwnRequirement } from "@/lib/requirements/list-own-requirements";
import type { requirementUnits } from "@/lib/requirements/schemas";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";
import { CarryOverButton } from "./carry-over-button";
import { RequirementStatusButton } from "./requirement-status-button";

type RequirementUnit = (typeof requirementUnits)[number];
type Props = {
  requirements: OwnRequirement[];
  locale: AppLocale;
  timeZone: string;
  canManage: boolean;
  /** A link to each open requirement's recommended suppliers (not on that page itself). */
  linkToMatches?: boolean;
};

/** The buyer's requirements as cards: what, how many, at what price, by when. */
export async function RequirementList({ requirements, locale, timeZone, canManage, linkToMatches = true }: Props) {
  const t = await getTranslations("buyer");
  const tMatching = await getTranslations("matching.buyerRequirement");
  const now = new Date();
  return (
    <ul className="space-y-4" data-testid="requirement-list">
      {requirements.map((requirement) => {
        const text = localized(requirement, "text", locale);
        const title = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        const open = requirement.status === "OPEN";
        const lifecycle = requirement.session ? toLifecycleInput(requirement.session) : null;
        const ended = open && lifecycle !== null && isSessionOver(lifecycle, now);
        const facts = [
          {
            label: t("requirements.quantity"),
            value: t(`unitCounts.${requirement.unit as RequirementUnit}`, { count: requirement.quantity }),
          },
          {
            label: t("requirements.targetPrice"),
            value:
              requirement.targetPriceMinor !== null && requirement.currency
                ? t("requirements.perUnit", {
                    price: formatMoney(requirement.targetPriceMinor, requirement.currency, locale),
                  })
                : t("requirements.openToOffers"),
          },
          requirement.incoterm ? { label: t("requirements.incoterm"), value: requirement.incoterm } : null,
          requirement.destinationCity
            ? { label: t("requirements.destination"), value: requirement.destinationCity }
            : null,
          requirement.neededBy
            ? { label: t("requirements.neededBy"), value: formatDate(requirement.neededBy, locale, "UTC") }
            : null,
          requirement.requiredCertifications.length
            ? { label: t("requirements.certifications"), value: requirement.requiredCertifications.join(", ") }
            : null,
        ].filter((fact) => fact !== null);

        return (
          <li
            key={requirement.id}
            className={`rounded-lg border bg-white p-4 shadow-sm ${open ? "border-slate-200" : "border-slate-200 bg-slate-50"}`}
            data-testid="requirement"
            aria-label={title}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={open ? "success" : "neutral"}>{t(`requirements.status.${requirement.status}`)}</Badge>
              <Badge tone="info">{localized(requirement.category, "name", locale)}</Badge>
              <span className="text-xs text-slate-500">
                {t("requirements.posted", { date: formatDate(requirement.createdAt, locale, timeZone) })}
              </span>
            </div>
            <p className="mt-2 break-words whitespace-pre-line text-slate-900">{text}</p>
            <p
              className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700"
              data-testid="requirement-session"
            >
              <span className="text-xs text-slate-500">{t("requirements.sessionLabel")}:</span>
              {requirement.session && lifecycle ? (
                <>
                  <span>{sessionTitleWithEdition(requirement.session, locale)}</span>
                  <SessionPhaseBadge session={lifecycle} now={now} />
                </>
              ) : (
                <span>{t("requirements.sessionNextAuto")}</span>
              )}
              {requirement.carriedOverFromId ? <Badge tone="info">{t("requirements.carriedFrom")}</Badge> : null}
              {requirement.carriedOverTo ? <Badge>{t("requirements.carriedTo")}</Badge> : null}
            </p>
            {ended ? <p className="mt-2 text-sm text-amber-900">{t("requirements.sessionEnded")}</p> : null}
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
              {facts.map((fact) => (
                <div key={fact.label} className="min-w-0">
                  <dt className="text-xs text-slate-500">{fact.label}</dt>
                  <dd className="break-words text-slate-800">{fact.value}</dd>
                </div>
              ))}
            </dl>
            {!open ? <p className="mt-2 text-xs text-slate-500">{t("requirements.closedNote")}</p> : null}
            {canManage ? (
              <div className="mt-3 flex flex-wrap gap-2">
                {ended ? (
                  <CarryOverButton
                    requirementIds={[requirement.id]}
                    label={t("requirements.carryOver")}
                    accessibleLabel={t("requirements.carryOverLabel", { title })}
                  />
                ) : null}
                {open && linkToMatches && !ended ? (
                  <Button asChild size="sm">
                    <Link href={`/buyer/requirements/${requirement.id}`} aria-label={tMatching("linkLabel", { title })}>
                      {tMatching("link")}
                    </Link>
                  </Button>
                ) : null}
                <Button asChild size="sm" variant="secondary">
                  <Link
                    href={`/buyer/requirements/${requirement.id}/edit`}
                    aria-label={t("requirements.editLabel", { title })}
                  >
                    {t("requirements.edit")}
                  </Link>
                </Button>
                <RequirementStatusButton requirementId={requirement.id} open={open} title={title} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
