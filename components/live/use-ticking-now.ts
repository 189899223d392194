"use client";

import { useEffect, useState } from "react";

/** The browser's clock, ticking every `everyMs`: relative labels ("in 4 minutes") stay right between updates. */
export function useTickingNow(initial: Date, everyMs = 15_000): Date {
  const [now, setNow] = useState(initial);
  useEffect(() => {
    // The first render shows the server's instant (no hydration mismatch); the browser's clock takes over at once.
    const first = setTimeout(() => setNow(new Date()), 0);
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

/** Whole minutes from `from` to `to`, never negative. */
export function minutesUntil(to: Date | string, from: Date): number {
  return Math.max(0, Math.floor((new Date(to).getTime() - from.getTime()) / 60_000));
}
