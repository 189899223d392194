"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { fromPlainTimetable, windowInZone, type PlainTimetable } from "@/lib/time/format-window";
import { ZonedWindow } from "./zoned-window";

const neverChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const unknownOnServer = () => null;

/**
 * The session's hours in the browser's own zone, for visitors without a profile.
 * The server cannot know the zone, so the server render and the hydration pass
 * show a placeholder and React re-renders with the zone right after: no mismatch.
 */
export function BrowserZoneWindow({ timetable, testId }: { timetable: PlainTimetable; testId: string }) {
  const t = useTranslations("public.session");
  const zone = useSyncExternalStore(neverChanges, browserZone, unknownOnServer);

  if (!zone) {
    return (
      <p role="status" className="text-sm text-slate-500">
        {t("detectingZone")}
      </p>
    );
  }
  return (
    <ZonedWindow
      view={windowInZone(fromPlainTimetable(timetable), zone)}
      heading={t("yourTime", { zone })}
      testId={testId}
      note={
        <>
          {zone === timetable.timeZone ? <p>{t("sameZone")}</p> : null}
          <p>{t("zoneFromBrowser")}</p>
        </>
      }
    />
  );
}
