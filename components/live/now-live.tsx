"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps a "Now" page current without polling: it re-renders when someone enters or leaves
 * one of the viewer's rooms (the server's `changed` event) and when the clock reaches the
 * page's next boundary (a room opens, a slot starts or ends). Renders nothing.
 */
export function NowLive({ nextChangeAt }: { nextChangeAt: string | null }) {
  const router = useRouter();

  useEffect(() => {
    const source = new EventSource("/api/live/now/events");
    source.addEventListener("changed", () => router.refresh());
    return () => source.close();
  }, [router]);

  useEffect(() => {
    if (!nextChangeAt) return;
    const inMs = Math.min(Date.parse(nextChangeAt) - Date.now() + 500, 2 ** 31 - 1);
    const timer = setTimeout(() => router.refresh(), Math.max(1_000, inMs));
    return () => clearTimeout(timer);
  }, [nextChangeAt, router]);

  return null;
}
