"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Props = {
  hasAudio: boolean;
  hasVideo: boolean;
  muted: boolean;
  cameraOff: boolean;
  sharing: boolean;
  canShare: boolean;
  onMute(): void;
  onCamera(): void;
  onShare(): void;
  onLeave(): void;
};

/** Mute, camera, screen share and leave: real buttons, so the keyboard reaches them all. */
export function RoomControls(props: Props) {
  const t = useTranslations("rooms.call");
  return (
    <div className="flex flex-wrap items-center justify-center gap-2" role="toolbar" aria-label={t("leave")}>
      {props.hasAudio ? (
        <Button
          type="button"
          variant="secondary"
          aria-pressed={props.muted}
          onClick={props.onMute}
          data-testid="toggle-mute"
        >
          {props.muted ? t("unmute") : t("mute")}
        </Button>
      ) : null}
      {props.hasVideo ? (
        <Button
          type="button"
          variant="secondary"
          aria-pressed={props.cameraOff}
          onClick={props.onCamera}
          data-testid="toggle-camera"
        >
          {props.cameraOff ? t("cameraOn") : t("cameraOff")}
        </Button>
      ) : null}
      {props.canShare ? (
        <Button type="button" variant="secondary" aria-pressed={props.sharing} onClick={props.onShare}>
          {props.sharing ? t("stopShare") : t("share")}
        </Button>
      ) : null}
      <Button type="button" variant="danger" onClick={props.onLeave} data-testid="leave-room">
        {t("leave")}
      </Button>
    </div>
  );
}
