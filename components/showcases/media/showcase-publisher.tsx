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
  MediaError,
  openJanus,
  peerConnectionOf,
  problemOf,
  webRtcSupported,
  type MediaProblem,
} from "./janus-client";

type Source = "camera" | "screen";
type Phase = "idle" | "preview" | "connecting" | "live" | "stopping" | "ended";
type PublishCredentials = { janusUrl: string; room: string; token: string; feedId: string };

function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

async function openSource(source: Source, cameraId: string, microphoneId: string): Promise<MediaStream> {
  const audio = microphoneId === "none" ? false : microphoneId ? { deviceId: { exact: microphoneId } } : true;
  if (source === "screen") {
    let screen: MediaStream;
    try {
      screen = await navigator.mediaDevices.getDisplayMedia({ video: { frameRate: 15 }, audio: false });
    } catch (error) {
      // Closing the picker is a NotAllowedError too: say what happened, not "no permission".
      if ((error as { name?: string }).name === "NotAllowedError") throw new MediaError("screenCancelled");
      throw error;
    }
    if (audio) {
      const microphone = await navigator.mediaDevices.getUserMedia({ audio }).catch(() => null);
      microphone?.getAudioTracks().forEach((track) => screen.addTrack(track));
    }
    return screen;
  }
  return navigator.mediaDevices.getUserMedia({
    video: cameraId ? { deviceId: { exact: cameraId } } : { width: { ideal: 1280 }, height: { ideal: 720 } },
    audio,
  });
}

/**
 * The supplier's broadcast: pick camera or screen and a microphone, see the preview, go live
 * (the stream goes from this browser to Janus, never through the app) and end it. Says clearly
 * when the browser refuses the camera, when no device exists and when Janus cannot be reached.
 */
export function ShowcasePublisher({ showcaseId }: { showcaseId: string }) {
  const t = useTranslations("showcaseMedia.publisher");
  const tp = useTranslations("showcaseMedia.problems");
  const [source, setSource] = useState<Source>("camera");
  const [cameraId, setCameraId] = useState("");
  const [microphoneId, setMicrophoneId] = useState("");
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [phase, setPhase] = useState<Phase>("idle");
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const janusRef = useRef<Janus | null>(null);
  const handleRef = useRef<JanusJS.PluginHandle | null>(null);

  useEffect(() => exposeConnection(() => peerConnectionOf(handleRef.current)), []);

  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
  }, [stream]);

  const preview = useCallback(async (next: { source: Source; cameraId: string; microphoneId: string }) => {
    if (!webRtcSupported() || !navigator.mediaDevices) {
      setProblem("notSupported");
      return;
    }
    stopStream(streamRef.current);
    streamRef.current = null;
    setStream(null);
    try {
      const media = await openSource(next.source, next.cameraId, next.microphoneId);
      streamRef.current = media;
      setStream(media);
      setProblem(null);
      setPhase("preview");
      setDevices(await navigator.mediaDevices.enumerateDevices());
    } catch (error) {
      setProblem(problemOf(error));
      setPhase("idle");
    }
  }, []);

  useEffect(() => {
    // Started from a callback, as the camera answers asynchronously anyway.
    void Promise.resolve().then(() => preview({ source: "camera", cameraId: "", microphoneId: "" }));
    return () => {
      stopStream(streamRef.current);
      closeJanus(janusRef.current);
    };
  }, [preview]);

  const teardown = useCallback(() => {
    closeJanus(janusRef.current);
    janusRef.current = null;
    handleRef.current = null;
  }, []);

  const goLive = useCallback(async () => {
    const media = streamRef.current;
    if (!media) return;
    setProblem(null);
    setPhase("connecting");
    try {
      const credentials = await mediaRoute<PublishCredentials>(showcaseId, "publish");
      const janus = await openJanus(credentials.janusUrl, credentials.token, () => {
        teardown();
        setProblem("janusUnreachable");
        setPhase("preview");
      });
      janusRef.current = janus;
      await new Promise<void>((resolve, reject) => {
        let handle: JanusJS.PluginHandle | null = null;
        const fail = (why: MediaProblem) => reject(new MediaError(why));
        void attachVideoroom(janus, {
          onmessage: (message, jsep) => {
            if (message.videoroom === "joined") {
              const tracks = media.getTracks().map((track) => ({
                type: track.kind === "audio" ? "audio" : source === "screen" ? "screen" : "video",
                capture: track,
                recv: false,
              }));
              handle!.createOffer({
                tracks,
                success: (offer: JanusJS.JSEP) =>
                  handle!.send({
                    message: { request: "configure", audio: media.getAudioTracks().length > 0, video: true },
                    jsep: offer,
                  }),
                error: () => fail("mediaFailed"),
              } as unknown as JanusJS.OfferParams);
            } else if (message.error_code) {
              fail(message.error_code === 433 ? "forbidden" : "mediaFailed");
            }
            if (jsep) handle!.handleRemoteJsep({ jsep });
          },
          webrtcState: (connected) => (connected ? resolve() : fail("mediaFailed")),
          iceState: (state) => {
            if (state === "failed") fail("mediaFailed");
          },
        }).then((attached) => {
          handle = attached;
          handleRef.current = attached;
          attached.send({
            message: {
              request: "join",
              ptype: "publisher",
              room: credentials.room,
              id: credentials.feedId,
              token: credentials.token,
              display: "supplier",
            },
          });
        }, reject);
        setTimeout(() => fail("mediaFailed"), 20_000);
      });
      await mediaRoute(showcaseId, "live");
      setPhase("live");
    } catch (error) {
      teardown();
      setProblem(problemOf(error));
      setPhase(streamRef.current ? "preview" : "idle");
    }
  }, [showcaseId, source, teardown]);

  const stop = useCallback(async () => {
    setPhase("stopping");
    try {
      await mediaRoute(showcaseId, "stop");
      teardown();
      stopStream(streamRef.current);
      streamRef.current = null;
      setStream(null);
      setPhase("ended");
    } catch (error) {
      setProblem(problemOf(error));
      setPhase("live");
    }
  }, [showcaseId, teardown]);

  const cameras = devices.filter((device) => device.kind === "videoinput" && device.deviceId);
  const microphones = devices.filter((device) => device.kind === "audioinput" && device.deviceId);
  const busy = phase === "connecting" || phase === "live" || phase === "stopping";

  return (
    <section aria-labelledby="showcase-publisher-title" className="space-y-4" data-testid="showcase-publisher">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="showcase-publisher-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        {phase === "live" ? (
          <span
            className="inline-flex items-center gap-2 rounded-full bg-red-600 px-3 py-1 text-xs font-semibold text-white"
            data-testid="publisher-live"
          >
            <span aria-hidden className="h-2 w-2 rounded-full bg-white" />
            {t("live")}
          </span>
        ) : null}
      </div>

      {problem ? (
        <Alert
          tone={problem === "janusUnreachable" ? "warning" : "danger"}
          role="alert"
          data-testid="publisher-problem"
          data-problem={problem}
        >
          {tp(problem)}
        </Alert>
      ) : null}

      {phase === "ended" ? (
        <Alert tone="success" role="status" data-testid="publisher-ended">
          {t("ended")}
        </Alert>
      ) : (
        <>
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="text-sm text-slate-700">
              <span className="mb-1 block font-medium">{t("source")}</span>
              <select
                className="h-10 w-full rounded-md border border-slate-300 bg-white px-2"
                value={source}
                disabled={busy}
                onChange={(event) => {
                  const next = event.target.value as Source;
                  setSource(next);
                  void preview({ source: next, cameraId, microphoneId });
                }}
              >
                <option value="camera">{t("camera")}</option>
                <option value="screen">{t("screen")}</option>
              </select>
            </label>
            {source === "camera" ? (
              <label className="text-sm text-slate-700">
                <span className="mb-1 block font-medium">{t("cameraDevice")}</span>
                <select
                  className="h-10 w-full rounded-md border border-slate-300 bg-white px-2"
                  value={cameraId}
                  disabled={busy}
                  onChange={(event) => {
                    setCameraId(event.target.value);
                    void preview({ source, cameraId: event.target.value, microphoneId });
                  }}
                >
                  <option value="">{t("defaultDevice")}</option>
                  {cameras.map((device, index) => (
                    <option key={device.deviceId} value={device.deviceId}>
                      {device.label || `${t("cameraDevice")} ${index + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <label className="text-sm text-slate-700">
              <span className="mb-1 block font-medium">{t("microphone")}</span>
              <select
                className="h-10 w-full rounded-md border border-slate-300 bg-white px-2"
                value={microphoneId}
                disabled={busy}
                onChange={(event) => {
                  setMicrophoneId(event.target.value);
                  void preview({ source, cameraId, microphoneId: event.target.value });
                }}
              >
                <option value="">{t("defaultDevice")}</option>
                {microphones.map((device, index) => (
                  <option key={device.deviceId} value={device.deviceId}>
                    {device.label || `${t("microphone")} ${index + 1}`}
                  </option>
                ))}
                <option value="none">{t("noMicrophone")}</option>
              </select>
            </label>
          </div>

          <div className="overflow-hidden rounded-lg bg-slate-900">
            <video
              ref={video}
              aria-label={t("preview")}
              className="aspect-video w-full object-contain"
              autoPlay
              muted
              playsInline
              data-testid="publisher-preview"
            />
          </div>

          <div className="flex flex-wrap items-center gap-3">
            {phase === "idle" ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => void preview({ source, cameraId, microphoneId })}
              >
                {source === "screen" ? t("shareScreen") : t("startPreview")}
              </Button>
            ) : null}
            {phase === "preview" || phase === "connecting" ? (
              <Button
                type="button"
                onClick={() => void goLive()}
                disabled={phase === "connecting" || !stream}
                data-testid="go-live"
              >
                {phase === "connecting" ? t("connecting") : t("goLive")}
              </Button>
            ) : null}
            {phase === "live" || phase === "stopping" ? (
              <Button
                type="button"
                variant="danger"
                onClick={() => void stop()}
                disabled={phase === "stopping"}
                data-testid="stop-live"
              >
                {phase === "stopping" ? t("stopping") : t("stop")}
              </Button>
            ) : null}
            <p className="text-sm text-slate-500">{t("viewersHint")}</p>
          </div>
        </>
      )}
    </section>
  );
}
