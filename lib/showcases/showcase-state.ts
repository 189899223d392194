import { PUBLISH_OPENS_BEFORE_MS } from "./access-window";

/** How a showcase reads to its audience now. */
export type ShowcaseState =
  "pending" | "rejected" | "cancelled" | "scheduled" | "starting" | "live" | "ended" | "replay";

type StateInput = {
  status: "PENDING" | "APPROVED" | "REJECTED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  liveStartedAt: Date | null;
  liveEndedAt: Date | null;
  recordingStatus: "NONE" | "PROCESSING" | "READY" | "FAILED";
};

/** A publisher that never said "stopped" counts as off air this long after the announced end. */
export const LIVE_GRACE_MS = 15 * 60_000;

/**
 * Pending, rejected and cancelled showcases read as such; an approved one is scheduled, then
 * "starting" (its publish window is open but nobody broadcasts yet), "live" while the
 * publisher is on air, and afterwards "replay" when the recording is ready, else "ended".
 */
export function showcaseState(showcase: StateInput, now: Date): ShowcaseState {
  if (showcase.status === "PENDING") return "pending";
  if (showcase.status === "REJECTED") return "rejected";
  if (showcase.status === "CANCELLED") return "cancelled";
  const t = now.getTime();
  const onAir =
    showcase.liveStartedAt != null && showcase.liveEndedAt == null && t < showcase.endsAt.getTime() + LIVE_GRACE_MS;
  if (onAir) return "live";
  const over = showcase.liveEndedAt != null || t >= showcase.endsAt.getTime();
  if (over) return showcase.recordingStatus === "READY" ? "replay" : "ended";
  return t >= showcase.startsAt.getTime() - PUBLISH_OPENS_BEFORE_MS ? "starting" : "scheduled";
}

type PlanInput = { status: string; startsAt: Date; endsAt: Date; liveStartedAt?: Date | null };

/** Still in the programme and not over: the supplier may cancel it, an organizer review it. */
export function isShowcaseOpen(showcase: PlanInput, now: Date): boolean {
  return (showcase.status === "PENDING" || showcase.status === "APPROVED") && showcase.endsAt > now;
}

/** Open and not begun (nobody has gone on air): its supplier may still edit it. */
export function isShowcaseEditable(showcase: PlanInput, now: Date): boolean {
  return isShowcaseOpen(showcase, now) && showcase.startsAt > now && !showcase.liveStartedAt;
}
