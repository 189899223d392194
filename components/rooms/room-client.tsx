"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { messageOr } from "@/lib/i18n/message-keys";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ChatMessageView, ChatProductCardView } from "./chat-types";
import { DevicePreview } from "./device-preview";
import { stopStream, webRtcSupported } from "./local-media";
import type { PeerView } from "./peer-mesh";
import { RoomCall } from "./room-call";
import { RoomApiError, RoomSession, type RoomEnd } from "./room-session";
import type { RoomRole } from "./room-types";

type Props = {
  token: string;
  selfId: string;
  selfName: string;
  role: RoomRole;
  initialChat: ChatMessageView[];
  products: ChatProductCardView[];
};

type Phase = "preview" | "joining" | "call" | "ended";

const noSubscription = () => () => undefined;

declare global {
  interface Window {
    /** The live connections, for diagnostics and the browser tests (getStats). */
    fairbridgeRoom?: { connections(): RTCPeerConnection[] };
  }
}

/** The room in the browser: preview -> join -> call (mesh + chat) -> ended, with a way back in. */
export function RoomClient({ token, selfId, selfName, role, initialChat, products }: Props) {
  const tp = useTranslations("rooms.preview");
  const te = useTranslations("rooms.errors");
  const tEnded = useTranslations("rooms.ended");
  const tRole = useTranslations("rooms.role");
  // Known only in the browser (null while rendering on the server).
  const supported = useSyncExternalStore(noSubscription, webRtcSupported, () => null);
  const [phase, setPhase] = useState<Phase>("preview");
  const [ended, setEnded] = useState<RoomEnd>("left");
  const [error, setError] = useState<string | null>(null);
  const [peers, setPeers] = useState<PeerView[]>([]);
  const [chat, setChat] = useState<ChatMessageView[]>(initialChat);
  const [reconnecting, setReconnecting] = useState(false);
  const [local, setLocal] = useState<MediaStream | null>(null);
  const session = useRef<RoomSession | null>(null);
  const [live, setLive] = useState<RoomSession | null>(null);
  const lookIn = role === "ORGANIZER";

  const addChat = useCallback(
    (message: ChatMessageView) => setChat((old) => (old.some((m) => m.id === message.id) ? old : [...old, message])),
    [],
  );

  const join = useCallback(
    async (stream: MediaStream | null) => {
      setError(null);
      setPhase("joining");
      setLocal(stream);
      const room = new RoomSession(token, stream, {
        onPeers: setPeers,
        onChat: addChat,
        onReconnecting: setReconnecting,
        onEnded: (reason) => {
          setEnded(reason);
          setPhase("ended");
          setPeers([]);
          setLocal((old) => (stopStream(old), null));
        },
        onError: (key) => setError(messageOr(te, key, te("unexpected"))),
      });
      session.current = room;
      setLive(room);
      window.fairbridgeRoom = room;
      try {
        await room.start();
        setPhase("call");
      } catch (failure) {
        stopStream(stream);
        setLocal(null);
        setError(messageOr(te, failure instanceof RoomApiError ? failure.key : "network", te("unexpected")));
        setPhase("preview");
      }
    },
    [token, addChat, te],
  );

  // Closing the tab or navigating away ends the visit at once (the others see "left").
  useEffect(() => {
    const leave = () => session.current?.leave();
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, []);

  const sendChat = useCallback(
    async (input: { body: string; productId?: string }) => {
      if (!session.current) return;
      addChat(await session.current.sendChat(input));
    },
    [addChat],
  );

  if (supported === null) return null;
  if (!supported) {
    return (
      <Alert tone="danger" role="alert" data-testid="webrtc-unsupported">
        {tp("unsupported")}
      </Alert>
    );
  }
  if (phase === "ended") {
    return (
      <div className="space-y-4" data-testid="room-ended">
        <Alert tone="info" role="status">
          {tEnded(ended)}
        </Alert>
        {ended !== "closed" ? (
          <Button type="button" onClick={() => setPhase("preview")}>
            {tEnded("rejoin")}
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {error ? (
        <Alert tone="danger" role="alert" data-testid="room-error">
          {error}
        </Alert>
      ) : null}
      {phase === "call" && live ? (
        <RoomCall
          session={live}
          local={local}
          peers={peers}
          selfId={selfId}
          selfName={selfName}
          role={role}
          reconnecting={reconnecting}
          chat={chat}
          products={products}
          sendChat={sendChat}
        />
      ) : lookIn ? (
        <div className="space-y-3">
          <p className="text-slate-600">{tp("lookInIntro")}</p>
          <Button
            type="button"
            size="lg"
            disabled={phase === "joining"}
            onClick={() => void join(null)}
            data-testid="join-room"
          >
            {phase === "joining" ? tp("joining") : tp("lookIn")}
          </Button>
        </div>
      ) : (
        <DevicePreview
          selfName={selfName}
          roleLabel={tRole(role)}
          joining={phase === "joining"}
          onJoin={(stream) => void join(stream)}
        />
      )}
    </div>
  );
}
