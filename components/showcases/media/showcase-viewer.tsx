"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type Janus from "janus-gateway";
import type { JanusJS } from "janus-gateway";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  attachVideoroom,
  closeJanus,
  exposeConnection,
  mediaRoute,
  openJanus,
  peerConnectionOf,
  problemOf,
  webRtcSupported,
  type MediaProblem,
} from "./janus-client";

type WatchCredentials =
  { state: "waiting" | "ended" } | { state: "live"; janusUrl: string; room: string; token: string; feedId: string };

type Phase = "connecting" | "waiting" | "live" | "ended" | "problem";

/** How often the page asks again while the supplier is not on air, and after a failure. */
const WAITING_POLL_MS = 3000;
const RETRY_MS = 8000;

/**
 * Plays a live showcase: asks the app for credentials, subscribes to the supplier's feed in Janus
 * (WebRTC, sub-second delay) and shows it. Says "waiting for the supplier" until they go live,
 * and that the video server is unreachable when it is (it keeps trying; the page around it works).
 */
export function ShowcaseViewer({ showcaseId }: { showcaseId: string }) {
  const t = useTranslations("showcaseMedia.viewer");
  const tp = useTranslations("showcaseMedia.problems");
  const [phase, setPhase] = useState<Phase>("connecting");
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const [muted, setMuted] = useState(true);
  const video = useRef<HTMLVideoElement>(null);
  const janusRef = useRef<Janus | null>(null);
  const handleRef = useRef<JanusJS.PluginHandle | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const attempt = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => exposeConnection(() => peerConnectionOf(handleRef.current)), []);

  const later = useCallback((ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void attempt.current(), ms);
  }, []);

  const teardown = useCallback(() => {
    const janus = janusRef.current;
    // Cleared first: the handle's cleanup callback, run by destroy, must not read it as "feed gone".
    janusRef.current = null;
    handleRef.current = null;
    closeJanus(janus);
    if (video.current) video.current.srcObject = null;
  }, []);

  /** The feed went away (supplier stopped or reconnects): ask the app what now. */
  const feedGone = useCallback(() => {
    teardown();
    setPhase("connecting");
    later(500);
  }, [later, teardown]);

  const connect = useCallback(async () => {
    if (!alive.current) return;
    if (!webRtcSupported()) {
      setProblem("notSupported");
      setPhase("problem");
      return;
    }
    let credentials: WatchCredentials;
    try {
      credentials = await mediaRoute<WatchCredentials>(showcaseId, "watch");
    } catch (error) {
      const why = problemOf(error);
      setProblem(why);
      setPhase("problem");
      // Refusals stay; an unreachable server is tried again.
      if (why === "janusUnreachable" || why === "unexpected") later(RETRY_MS);
      return;
    }
    if (!alive.current) return;
    if (credentials.state !== "live") {
      setProblem(null);
      setPhase(credentials.state);
      if (credentials.state === "waiting") later(WAITING_POLL_MS);
      return;
    }
    try {
      const janus = await openJanus(credentials.janusUrl, credentials.token, () => {
        teardown();
        setProblem("janusUnreachable");
        setPhase("problem");
        later(RETRY_MS);
      });
      if (!alive.current) return closeJanus(janus);
      janusRef.current = janus;
      const remote = new MediaStream();
      const handle = await attachVideoroom(janus, {
        onmessage: (message, jsep) => {
          if (message.videoroom === "destroyed" || message.unpublished || message.leaving) return feedGone();
          if (message.error_code) {
            teardown();
            setProblem(message.error_code === 433 ? "forbidden" : "mediaFailed");
            setPhase("problem");
            later(RETRY_MS);
            return;
          }
          if (!jsep) return;
          handle.createAnswer({
            jsep,
            tracks: [{ type: "data" }],
            success: (answer: JanusJS.JSEP) =>
              handle.send({ message: { request: "start", room: credentials.room }, jsep: answer }),
            error: () => {
              setProblem("mediaFailed");
              setPhase("problem");
            },
          } as unknown as JanusJS.PluginCreateAnswerParam);
        },
        onremotetrack: (track, _mid, on) => {
          if (on) {
            remote
              .getTracks()
              .filter((old) => old.kind === track.kind)
              .forEach((old) => remote.removeTrack(old));
            remote.addTrack(track);
            if (video.current && video.current.srcObject !== remote) video.current.srcObject = remote;
            setProblem(null);
            setPhase("live");
          } else {
            remote.removeTrack(track);
            if (remote.getTracks().length === 0) feedGone();
          }
        },
        webrtcState: (connected) => {
          if (!connected) feedGone();
        },
        oncleanup: () => {
          if (janusRef.current === janus) feedGone();
        },
        iceState: (state) => {
          if (state === "failed") {
            teardown();
            setProblem("mediaFailed");
            setPhase("problem");
            later(RETRY_MS);
          }
        },
      });
      handleRef.current = handle;
      handle.send({
        message: {
          request: "join",
          ptype: "subscriber",
          room: credentials.room,
          streams: [{ feed: credentials.feedId }],
          token: credentials.token,
        },
      });
    } catch (error) {
      teardown();
      setProblem(problemOf(error));
      setPhase("problem");
      later(RETRY_MS);
    }
  }, [feedGone, later, showcaseId, teardown]);

  useEffect(() => {
    attempt.current = connect;
  }, [connect]);

  // Janus does not always tell a subscriber that the feed is gone (a destroyed room, a publisher
  // whose network dropped): frames that stop arriving for a few seconds mean the same.
  useEffect(() => {
    if (phase !== "live") return;
    let frames = -1;
    let still = 0;
    const watchdog = setInterval(() => {
      const now = video.current?.getVideoPlaybackQuality?.().totalVideoFrames ?? 0;
      still = now === frames ? still + 1 : 0;
      frames = now;
      if (still >= 3) feedGone();
    }, 2000);
    return () => clearInterval(watchdog);
  }, [feedGone, phase]);

  useEffect(() => {
    alive.current = true;
    void Promise.resolve().then(connect);
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
      teardown();
    };
  }, [connect, teardown]);

  return (
    <section
      aria-labelledby="showcase-viewer-title"
      className="space-y-3"
      data-testid="showcase-viewer"
      data-phase={phase}
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="showcase-viewer-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        {phase === "live" ? (
          <span className="inline-flex items-center gap-2 rounded-full bg-red-600 px-3 py-1 text-xs font-semibold text-white">
            <span aria-hidden className="h-2 w-2 rounded-full bg-white" />
            {t("live")}
          </span>
        ) : null}
      </div>
      <div className="relative overflow-hidden rounded-lg bg-slate-900">
        <video
          ref={video}
          className="aspect-video w-full object-contain"
          autoPlay
          playsInline
          muted={muted}
          data-testid="showcase-video"
        />
        {phase !== "live" ? (
          <div className="absolute inset-0 flex items-center justify-center p-6 text-center text-sm text-slate-100">
            {phase === "waiting" ? (
              <p role="status" data-testid="viewer-waiting">
                {t("waiting")}
              </p>
            ) : phase === "ended" ? (
              <p role="status" data-testid="viewer-ended">
                {t("ended")}
              </p>
            ) : phase === "connecting" ? (
              <p role="status">{t("connecting")}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      {phase === "live" ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => setMuted((value) => !value)}
          data-testid="viewer-sound"
        >
          {muted ? t("unmute") : t("mute")}
        </Button>
      ) : null}
      {phase === "problem" && problem ? (
        <Alert
          tone={problem === "janusUnreachable" ? "warning" : "danger"}
          role="alert"
          data-testid="viewer-problem"
          data-problem={problem}
          className="flex flex-wrap items-center justify-between gap-3"
        >
          <span>{tp(problem)}</span>
          {problem === "janusUnreachable" || problem === "mediaFailed" ? (
            <Button type="button" variant="secondary" size="sm" onClick={() => void connect()}>
              {t("retry")}
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}
