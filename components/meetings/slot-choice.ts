/** A slot as a form offers it: its UTC start and its label, already in the viewer's zone and the counterpart's. */
export type SlotChoice = { start: string; day: string; dayLabel: string; label: string; preferred?: boolean };

/** Slots grouped by the viewer's calendar day, in order. */
export function groupByDay(slots: SlotChoice[]): { day: string; dayLabel: string; slots: SlotChoice[] }[] {
  const days = new Map<string, { day: string; dayLabel: string; slots: SlotChoice[] }>();
  for (const slot of slots) {
    const entry = days.get(slot.day) ?? { day: slot.day, dayLabel: slot.dayLabel, slots: [] };
    entry.slots.push(slot);
    days.set(slot.day, entry);
  }
  return [...days.values()];
}
