"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { mediaRoute, problemOf, type MediaProblem } from "./janus-client";

type ReplayState = { status: "NONE" | "PROCESSING" | "READY" | "FAILED"; url: string | null };

const PROCESSING_POLL_MS = 4000;

/**
 * The recording of a showcase after its broadcast: a video element (the file is served with HTTP
 * Range, so it seeks and starts at once), "being prepared" while janus-pp-rec works, or why not.
 */
export function ShowcaseReplay({ showcaseId }: { showcaseId: string }) {
  const t = useTranslations("showcaseMedia.replay");
  const tp = useTranslations("showcaseMedia.problems");
  const [state, setState] = useState<ReplayState | null>(null);
  const [problem, setProblem] = useState<MediaProblem | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const load = async () => {
      try {
        const next = await mediaRoute<ReplayState>(showcaseId, "replay", "GET");
        if (!alive) return;
        setState(next);
        setProblem(null);
        if (next.status === "PROCESSING") timer = setTimeout(() => void load(), PROCESSING_POLL_MS);
      } catch (error) {
        if (alive) setProblem(problemOf(error));
      }
    };
    void load();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [showcaseId]);

  return (
    <section
      aria-labelledby="showcase-replay-title"
      className="space-y-3"
      data-testid="showcase-replay"
      data-status={state?.status}
    >
      <h2 id="showcase-replay-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {problem ? (
        <Alert tone="danger" role="alert" data-testid="replay-problem">
          {tp(problem)}
        </Alert>
      ) : !state ? (
        <p role="status" className="text-sm text-slate-500">
          {t("loading")}
        </p>
      ) : state.status === "READY" && state.url ? (
        <div className="overflow-hidden rounded-lg bg-slate-900">
          <video
            className="aspect-video w-full object-contain"
            src={state.url}
            controls
            playsInline
            preload="metadata"
            data-testid="replay-video"
          />
        </div>
      ) : state.status === "PROCESSING" ? (
        <Alert tone="info" role="status" data-testid="replay-processing">
          {t("processing")}
        </Alert>
      ) : state.status === "FAILED" ? (
        <Alert tone="warning" role="status" data-testid="replay-failed">
          {t("failed")}
        </Alert>
      ) : (
        <p className="text-sm text-slate-500" data-testid="replay-none">
          {t("none")}
        </p>
      )}
    </section>
  );
}
