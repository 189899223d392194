"use client";

import type { ReactNode } from "react";
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
        <ToggleButton pressed={props.muted} onClick={props.onMute} testId="toggle-mute">
          {props.muted ? t("unmute") : t("mute")}
        </ToggleButton>
      ) : null}
      {props.hasVideo ? (
        <ToggleButton pressed={props.cameraOff} onClick={props.onCamera} testId="toggle-camera">
          {props.cameraOff ? t("cameraOn") : t("cameraOff")}
        </ToggleButton>
      ) : null}
      {props.canShare ? (
        <ToggleButton pressed={props.sharing} onClick={props.onShare}>
          {props.sharing ? t("stopShare") : t("share")}
        </ToggleButton>
      ) : null}
      <Button type="button" variant="danger" onClick={props.onLeave} data-testid="leave-room">
        {t("leave")}
      </Button>
    </div>
  );
}

/** An on/off control: aria-pressed tells screen readers its state, the label names the next action. */
function ToggleButton({
  pressed,
  onClick,
  testId,
  children,
}: {
  pressed: boolean;
  onClick(): void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Button type="button" variant="secondary" aria-pressed={pressed} onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}
