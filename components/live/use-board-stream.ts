"use client";

import { useEffect, useState } from "react";
import type { LiveBoard } from "@/lib/live/board-types";

export type StreamStatus = "connecting" | "live" | "reconnecting" | "offline";

/** A dropped stream reconnects by itself (the server also ends each one after ten minutes): say so only if it takes a while. */
const QUIET_RECONNECT_MS = 4_000;

/**
 * The session's board, kept current by its server-sent events (one connection per open
 * page; the browser's EventSource reconnects on its own). Starts from the board the page
 * rendered, so nothing waits for the first event.
 */
export function useBoardStream(sessionId: string, initial: LiveBoard): { board: LiveBoard; status: StreamStatus } {
  const [board, setBoard] = useState(initial);
  const [status, setStatus] = useState<StreamStatus>("connecting");

  useEffect(() => {
    const source = new EventSource(`/api/live/sessions/${encodeURIComponent(sessionId)}/events`);
    let quiet: ReturnType<typeof setTimeout> | null = null;
    const settle = (next: StreamStatus) => {
      if (quiet) clearTimeout(quiet);
      quiet = null;
      setStatus(next);
    };
    source.addEventListener("open", () => settle("live"));
    source.addEventListener("board", (event) => {
      setBoard(JSON.parse((event as MessageEvent<string>).data) as LiveBoard);
      settle("live");
    });
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CLOSED) return settle("offline");
      quiet ??= setTimeout(() => setStatus("reconnecting"), QUIET_RECONNECT_MS);
    });
    return () => {
      if (quiet) clearTimeout(quiet);
      source.close();
    };
  }, [sessionId]);

  return { board, status };
}
