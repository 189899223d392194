"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ChatMessageView, ChatProductCardView } from "./chat-types";
import type { PeerView } from "./peer-mesh";
import { setTrackEnabled } from "./local-media";
import { RoomChat } from "./room-chat";
import { RoomControls } from "./room-controls";
import type { RoomSession } from "./room-session";
import type { RoomRole } from "./room-types";
import { VideoTile } from "./video-tile";

type Props = {
  session: RoomSession;
  local: MediaStream | null;
  peers: PeerView[];
  selfId: string;
  selfName: string;
  role: RoomRole;
  reconnecting: boolean;
  chat: ChatMessageView[];
  products: ChatProductCardView[];
  sendChat(input: { body: string; productId?: string }): Promise<void>;
};

/** In the call: everyone's tile, the controls and the chat beside (below on a phone). */
export function RoomCall({
  session,
  local,
  peers,
  selfId,
  selfName,
  role,
  reconnecting,
  chat,
  products,
  sendChat,
}: Props) {
  const t = useTranslations("rooms.call");
  const tRole = useTranslations("rooms.role");
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const [screen, setScreen] = useState<MediaStream | null>(null);
  const [shareFailed, setShareFailed] = useState(false);
  const audio = local?.getAudioTracks()[0] ?? null;
  const camera = local?.getVideoTracks()[0] ?? null;
  const lookIn = role === "ORGANIZER";

  const toggleMute = () => {
    setTrackEnabled(audio, muted);
    setMuted(!muted);
  };
  const toggleCamera = () => {
    setTrackEnabled(camera, cameraOff);
    setCameraOff(!cameraOff);
  };
  const stopSharing = async (stream: MediaStream | null) => {
    stream?.getTracks().forEach((track) => track.stop());
    setScreen(null);
    await session.replaceVideo(camera);
  };
  const toggleShare = async () => {
    if (screen) return stopSharing(screen);
    setShareFailed(false);
    try {
      const display = await navigator.mediaDevices.getDisplayMedia({ video: true });
      const track = display.getVideoTracks()[0];
      // The browser's own "Stop sharing" bar ends the track: go back to the camera.
      track.addEventListener("ended", () => void stopSharing(display));
      await session.replaceVideo(track);
      setScreen(display);
    } catch {
      setShareFailed(true);
    }
  };

  const selfStream = screen ?? local;
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        {reconnecting ? (
          <Alert tone="warning" role="status" data-testid="self-reconnecting">
            {t("selfReconnecting")}
          </Alert>
        ) : null}
        {shareFailed ? (
          <Alert tone="warning" role="alert">
            {t("shareFailed")}
          </Alert>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2" data-testid="room-tiles">
          {peers.map((peer) => (
            <VideoTile
              key={peer.userId}
              peerId={peer.userId}
              stream={peer.stream}
              label={peer.name}
              sublabel={tRole(peer.role)}
              status={peer.status === "connected" ? undefined : t(peer.status)}
              noVideoLabel={t("noVideo")}
            />
          ))}
          {!lookIn ? (
            <VideoTile
              stream={selfStream}
              label={`${selfName} (${t("you")})`}
              sublabel={muted ? t("muted") : tRole(role)}
              self={!screen}
              noVideoLabel={t("noVideo")}
            />
          ) : null}
        </div>
        {peers.length === 0 ? (
          <p className="text-center text-sm text-slate-500" role="status">
            {t("alone")}
          </p>
        ) : null}
        <RoomControls
          hasAudio={Boolean(audio)}
          hasVideo={Boolean(camera)}
          muted={muted}
          cameraOff={cameraOff}
          sharing={Boolean(screen)}
          canShare={!lookIn && typeof navigator.mediaDevices?.getDisplayMedia === "function"}
          onMute={toggleMute}
          onCamera={toggleCamera}
          onShare={() => void toggleShare()}
          onLeave={() => session.leave()}
        />
      </div>
      <RoomChat messages={chat} selfId={selfId} canWrite={!lookIn} products={products} send={sendChat} />
    </div>
  );
}
