import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { clockTime } from "@/lib/time/format-window";
import type { BoardMeeting, LiveBoard } from "@/lib/live/board-types";

/** What every part of the board needs to label a meeting: the viewer's language and both clocks. */
export type BoardClocks = {
  locale: AppLocale;
  viewerZone: string;
  viewerCity: string;
  fairZone: string;
  fairCity: string;
};

/** "10:00–10:15" on one zone's clock. */
export function clockRange(meeting: Pick<BoardMeeting, "startsAt" | "endsAt">, zone: string): string {
  return `${clockTime(new Date(meeting.startsAt), zone)}–${clockTime(new Date(meeting.endsAt), zone)}`;
}

/** The fair's clock beside the viewer's, when the two differ. */
export function fairClockRange(meeting: Pick<BoardMeeting, "startsAt" | "endsAt">, clocks: BoardClocks): string | null {
  const fair = clockRange(meeting, clocks.fairZone);
  return fair === clockRange(meeting, clocks.viewerZone) ? null : fair;
}

export function partyNames(board: LiveBoard, meeting: BoardMeeting, locale: AppLocale) {
  const name = (id: string) => {
    const organization = board.organizations[id];
    return organization ? localized(organization, "name", locale) : "";
  };
  return { supplier: name(meeting.supplierOrgId), buyer: name(meeting.buyerOrgId) };
}
