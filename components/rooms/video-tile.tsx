"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/lib/cn";

type Props = {
  stream: MediaStream | null;
  label: string;
  sublabel?: string;
  /** Our own preview: never play it back (echo), mirror it like a mirror. */
  self?: boolean;
  status?: string;
  peerId?: string;
  noVideoLabel: string;
};

/** One person's video with their name and role; a dark placeholder while no picture arrives. */
export function VideoTile({ stream, label, sublabel, self, status, peerId, noVideoLabel }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream;
  }, [stream]);
  const hasVideo = Boolean(stream?.getVideoTracks().length);

  return (
    <figure
      className="relative aspect-video overflow-hidden rounded-lg bg-slate-900 text-white"
      data-testid={self ? "self-tile" : "peer-tile"}
      data-peer={peerId}
    >
      <video
        ref={video}
        autoPlay
        playsInline
        muted={self}
        className={cn("h-full w-full object-cover", self && "-scale-x-100", !hasVideo && "invisible")}
        data-testid={self ? "self-video" : "remote-video"}
      />
      {!hasVideo ? (
        <span className="absolute inset-0 flex items-center justify-center text-sm text-slate-300">{noVideoLabel}</span>
      ) : null}
      <figcaption className="absolute inset-x-0 bottom-0 flex flex-wrap items-baseline gap-x-2 bg-gradient-to-t from-black/70 to-transparent px-3 py-2 text-sm">
        <span className="font-medium">{label}</span>
        {sublabel ? <span className="text-xs text-slate-200">{sublabel}</span> : null}
      </figcaption>
      {status ? (
        <span
          role="status"
          className="absolute top-2 left-2 rounded bg-amber-500/90 px-2 py-0.5 text-xs font-medium text-slate-950"
          data-testid="peer-status"
        >
          {status}
        </span>
      ) : null}
    </figure>
  );
}
