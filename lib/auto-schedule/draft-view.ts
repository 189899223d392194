import "server-only";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { zonedPair } from "@/lib/time/zone-pair";
import type { LatestDraft } from "./load-draft";

export type SlotOption = { id: string; day: string; label: string };
export type DraftRow = {
  id: string;
  status: "PLACED" | "DROPPED" | "UNSCHEDULED";
  day: string | null;
  time: string | null;
  supplier: string;
  buyer: string;
  source: string;
  weight: number;
  interpreter: string | null;
  needsInterpreter: boolean;
  reason: string | null;
  slotId: string | null;
};

/**
 * A draft as the schedule page shows it: every time on the organizer's clock
 * with the fair's beside it, every party by name in the organizer's language.
 */
export function draftView(draft: LatestDraft, locale: AppLocale, viewerZone: string, fairZone: string) {
  const name = (id: string) => {
    const org = draft.organizations.get(id);
    return org ? localized(org, "name", locale) : id;
  };
  const rows: DraftRow[] = draft.items.map((item) => {
    const pair =
      item.startsAt && item.endsAt ? zonedPair(item.startsAt, item.endsAt, locale, viewerZone, fairZone) : null;
    return {
      id: item.id,
      status: item.status,
      day: pair?.dayLabel ?? null,
      time: pair?.label ?? null,
      supplier: name(item.supplierOrgId),
      buyer: name(item.buyerOrgId),
      source: item.source,
      weight: item.weight,
      interpreter: item.interpreterId ? (draft.interpreters.get(item.interpreterId)?.name ?? null) : null,
      needsInterpreter: item.needsInterpreter,
      reason: item.reason,
      slotId: item.slotId,
    };
  });
  const slots: SlotOption[] = draft.slots.map((slot) => {
    const pair = zonedPair(slot.start, slot.end, locale, viewerZone, fairZone);
    return { id: slot.id, day: pair.dayLabel, label: `${pair.dayLabel} · ${pair.label}` };
  });
  return {
    placed: rows.filter((row) => row.status === "PLACED"),
    unscheduled: rows.filter((row) => row.status !== "PLACED"),
    slots,
  };
}
