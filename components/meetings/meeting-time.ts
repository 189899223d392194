import type { AppLocale } from "@/lib/i18n/routing";
import { zonedPair } from "@/lib/time/zone-pair";
import type { SlotChoice } from "./slot-choice";

type Party = { id: string; timeZone: string };

/**
 * The zone shown beside the viewer's: the other organization's. An interpreter (no
 * side of their own) sees the party whose clock differs from theirs.
 */
export function counterpartZone(
  viewer: { organizationId: string | null; timeZone: string },
  supplier: Party,
  buyer: Party,
): string {
  if (viewer.organizationId === supplier.id) return buyer.timeZone;
  if (viewer.organizationId === buyer.id) return supplier.timeZone;
  return supplier.timeZone === viewer.timeZone ? buyer.timeZone : supplier.timeZone;
}

/** Slots as a form offers them, labelled in the viewer's zone with the counterpart's beside. */
export function slotChoices(
  slots: { start: Date; end: Date; preferred?: boolean }[],
  locale: AppLocale,
  viewerZone: string,
  otherZone: string,
): SlotChoice[] {
  return slots.map((slot) => {
    const pair = zonedPair(slot.start, slot.end, locale, viewerZone, otherZone);
    return {
      start: slot.start.toISOString(),
      day: pair.day,
      dayLabel: pair.dayLabel,
      label: pair.label,
      preferred: slot.preferred,
    };
  });
}
