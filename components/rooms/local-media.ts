/** What getUserMedia's failure means for the person in front of the camera. */
export type MediaProblem = "refused" | "notFound" | "cameraRefused";

export function mediaProblemOf(error: unknown): MediaProblem {
  const name = (error as { name?: string } | null)?.name;
  if (name === "NotFoundError" || name === "OverconstrainedError") return "notFound";
  return "refused";
}

export function webRtcSupported(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof window.RTCPeerConnection === "function" &&
    typeof navigator.mediaDevices?.getUserMedia === "function" &&
    typeof window.EventSource === "function"
  );
}

export type DeviceChoice = { cameraId: string; microphoneId: string };

/** Camera and microphone as chosen ("" = the default; "none" = leave it out). */
export async function openLocalMedia({ cameraId, microphoneId }: DeviceChoice): Promise<MediaStream> {
  const pick = (id: string) => (id === "none" ? false : id ? { deviceId: { exact: id } } : true);
  const video = pick(cameraId);
  const audio = pick(microphoneId);
  if (!video && !audio) return new MediaStream();
  return navigator.mediaDevices.getUserMedia({
    video: video === true ? { width: { ideal: 640 }, height: { ideal: 480 } } : video,
    audio,
  });
}

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

/** Mute or camera off: a disabled track sends silence or black frames, the connections stay as they are. */
export function setTrackEnabled(track: MediaStreamTrack | null, enabled: boolean): void {
  if (track) track.enabled = enabled;
}
