import { AppError } from "@/lib/errors";
import type { Interval } from "@/lib/scheduling/intervals";

/**
 * "This slot was just taken" (409), carrying the next free slots so the API can
 * answer with them and a page can offer them. `params.nextFreeSlots` holds the
 * same starts as comma-separated ISO strings for code that only knows AppError.
 */
export class SlotTakenError extends AppError {
  readonly nextFreeSlots: { start: string; end: string }[];

  constructor(next: Interval[]) {
    const nextFreeSlots = next.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() }));
    super(
      "CONFLICT",
      "slotTaken",
      { start: "slotTaken" },
      {
        count: nextFreeSlots.length,
        nextFreeSlots: nextFreeSlots.map((slot) => slot.start).join(","),
      },
    );
    this.nextFreeSlots = nextFreeSlots;
  }
}

/** Thrown inside a booking transaction when the pre-check finds the slot busy; rolls it back. */
export class SlotBusy extends Error {
  constructor() {
    super("slot busy");
    this.name = "SlotBusy";
  }
}
