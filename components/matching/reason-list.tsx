import { getFormatter, getTranslations } from "next-intl/server";
import { hasMessage, messageOr } from "@/lib/i18n/message-keys";
import type { FactorResult } from "@/lib/matching/types";
import { cn } from "@/lib/cn";

type Tone = "positive" | "neutral" | "negative";

/** How a factor reads at a glance: fits, neutral (or not applicable), does not fit. */
export function reasonTone(factor: FactorResult): Tone {
  if (factor.value === null) return "neutral";
  // The same line the factors draw (e.g. text.strong from half the words on).
  if (factor.value >= 0.5) return "positive";
  if (factor.value < 0.25) return "negative";
  return "neutral";
}

const markers: Record<Tone, { symbol: string; className: string }> = {
  positive: { symbol: "✓", className: "bg-emerald-100 text-emerald-800" },
  neutral: { symbol: "–", className: "bg-slate-100 text-slate-600" },
  negative: { symbol: "✕", className: "bg-red-100 text-red-800" },
};

/**
 * Every factor of a match as one short line in the viewer's language, with a marker.
 * Factors switched off (weight 0) are left out, except the required category gate.
 */
export async function ReasonList({ factors }: { factors: FactorResult[] }) {
  const t = await getTranslations("matching.reasons");
  const tReason = await getTranslations("matchReasons");
  const localize = await reasonParamLocalizer();
  const shown = factors.filter(
    (factor) => (factor.factor === "category" || factor.weight > 0) && hasMessage(tReason, factor.reason.key),
  );
  if (shown.length === 0) return null;
  return (
    <div className="space-y-1">
      <h4 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("label")}</h4>
      <ul className="space-y-1 text-sm" data-testid="match-reasons">
        {shown.map((factor) => {
          const tone = reasonTone(factor);
          return (
            <li key={factor.factor} className="flex items-start gap-2" data-tone={tone}>
              <span
                aria-hidden
                className={cn(
                  "mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold",
                  markers[tone].className,
                )}
              >
                {markers[tone].symbol}
              </span>
              <span className="min-w-0 break-words text-slate-700">
                <span className="sr-only">{t(tone)} </span>
                {messageOr(tReason, factor.reason.key, "", localize(factor.reason.params))}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type Params = Record<string, string | number> | undefined;

/**
 * Factors speak in codes and plain numbers ("meter", "0.53" + "USD"); the viewer reads
 * "3 000 метров" and "0,53 $": quantities with their unit's plural, prices as money.
 */
async function reasonParamLocalizer(): Promise<(params: Params) => Params> {
  const tUnits = await getTranslations("buyer");
  const format = await getFormatter();
  const units = (code: unknown) => (typeof code === "string" && hasMessage(tUnits, `units.${code}`) ? code : null);
  return (params) => {
    if (!params) return params;
    const out: Record<string, string | number> = { ...params };
    const unit = units(params.unit);
    if (unit) {
      for (const key of ["moq", "quantity"] as const) {
        const count = params[key];
        if (typeof count === "number")
          out[key] = messageOr(tUnits, `unitCounts.${unit}`, `${count} ${unit}`, { count });
      }
      out.unit = messageOr(tUnits, `units.${unit}`, unit);
    }
    const moqUnit = units(params.moqUnit);
    if (moqUnit) out.moqUnit = messageOr(tUnits, `units.${moqUnit}`, moqUnit);
    if (typeof params.currency === "string") {
      for (const key of ["price", "target"] as const) {
        const amount = Number(params[key]);
        if (params[key] !== undefined && Number.isFinite(amount)) {
          out[key] = format.number(amount, { style: "currency", currency: params.currency });
        }
      }
    }
    return out;
  };
}
