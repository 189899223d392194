"use client";

import { useTranslations } from "next-intl";
import { minutesUntil, useTickingNow } from "./use-ticking-now";

/** "opens in 4 minutes", counted down on the browser's clock (from the server's `renderedAt` until hydrated). */
export function MinutesUntil({
  at,
  kind,
  renderedAt,
}: {
  at: string;
  kind: "opensIn" | "startsIn" | "endsIn";
  renderedAt: string;
}) {
  const t = useTranslations("meetings.now.live");
  const now = useTickingNow(new Date(renderedAt), 10_000);
  return <span className="tabular-nums">{t(kind, { minutes: minutesUntil(at, now) })}</span>;
}
