"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { mediaProblemOf, openLocalMedia, stopStream, type DeviceChoice, type MediaProblem } from "./local-media";
import { VideoTile } from "./video-tile";

type Props = {
  selfName: string;
  roleLabel: string;
  joining: boolean;
  /** Join with this stream (null: view only). The stream then belongs to the caller. */
  onJoin(stream: MediaStream | null): void;
};

/**
 * Before joining: the camera preview and the device pickers. When the browser refuses the
 * camera or microphone, say so and offer to join with the microphone only or without both.
 */
export function DevicePreview({ selfName, roleLabel, joining, onJoin }: Props) {
  const t = useTranslations("rooms.preview");
  const tc = useTranslations("rooms.call");
  const [choice, setChoice] = useState<DeviceChoice>({ cameraId: "", microphoneId: "" });
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const [starting, setStarting] = useState(true);
  const handedOver = useRef(false);
  const current = useRef<MediaStream | null>(null);

  const open = useCallback(async (next: DeviceChoice) => {
    stopStream(current.current);
    try {
      const media = await openLocalMedia(next);
      current.current = media;
      setStream(media);
      // Show the devices actually in use (the default ones on the first open).
      const inUse = (kind: "video" | "audio") =>
        media
          .getTracks()
          .find((t) => t.kind === kind)
          ?.getSettings().deviceId;
      setChoice((old) => ({
        cameraId: old.cameraId || inUse("video") || "",
        microphoneId: old.microphoneId || inUse("audio") || "",
      }));
      setProblem(null);
      // Labels are only listed once a permission was given.
      setDevices(await navigator.mediaDevices.enumerateDevices());
    } catch (error) {
      current.current = null;
      setStream(null);
      setProblem(mediaProblemOf(error));
    } finally {
      setStarting(false);
    }
  }, []);

  useEffect(() => {
    // Started from a callback, as the camera answers asynchronously anyway.
    void Promise.resolve().then(() => open({ cameraId: "", microphoneId: "" }));
    return () => {
      if (!handedOver.current) stopStream(current.current);
    };
  }, [open]);

  const change = (next: DeviceChoice) => {
    setChoice(next);
    setStarting(true);
    void open(next);
  };
  const join = (media: MediaStream | null) => {
    handedOver.current = media !== null;
    if (media === null) stopStream(current.current);
    onJoin(media);
  };
  const joinAudioOnly = async () => {
    try {
      join(await openLocalMedia({ cameraId: "none", microphoneId: choice.microphoneId }));
    } catch (error) {
      setProblem(mediaProblemOf(error));
    }
  };
  const cameras = devices.filter((d) => d.kind === "videoinput");
  const microphones = devices.filter((d) => d.kind === "audioinput");

  return (
    <section className="grid gap-6 md:grid-cols-[3fr_2fr]" aria-labelledby="preview-title">
      <VideoTile
        stream={stream}
        label={selfName}
        sublabel={roleLabel}
        self
        noVideoLabel={starting ? t("starting") : tc("noVideo")}
      />
      <div className="space-y-4">
        <h2 id="preview-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <DevicePicker
          id="camera"
          label={t("camera")}
          none={t("none")}
          devices={cameras}
          value={choice.cameraId}
          onChange={(cameraId) => change({ ...choice, cameraId })}
        />
        <DevicePicker
          id="microphone"
          label={t("microphone")}
          none={t("none")}
          devices={microphones}
          value={choice.microphoneId}
          onChange={(microphoneId) => change({ ...choice, microphoneId })}
        />
        {problem ? (
          <Alert tone="warning" role="alert" data-testid="media-problem">
            {t(problem)}
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {problem ? (
            <>
              <Button type="button" variant="secondary" onClick={() => change(choice)}>
                {t("retry")}
              </Button>
              <Button type="button" variant="secondary" disabled={joining} onClick={() => void joinAudioOnly()}>
                {t("audioOnly")}
              </Button>
              <Button type="button" disabled={joining} onClick={() => join(null)} data-testid="join-view-only">
                {t("viewOnly")}
              </Button>
            </>
          ) : (
            <Button
              type="button"
              size="lg"
              disabled={joining || starting || !stream}
              onClick={() => join(stream)}
              data-testid="join-room"
            >
              {joining ? t("joining") : t("join")}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}

type PickerProps = {
  id: string;
  label: string;
  none: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange(value: string): void;
};

function DevicePicker({ id, label, none, devices, value, onChange }: PickerProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm"
      >
        {devices.length === 0 ? <option value="">—</option> : null}
        {devices.map((device, index) => (
          <option key={device.deviceId || index} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
        <option value="none">{none}</option>
      </select>
    </div>
  );
}
