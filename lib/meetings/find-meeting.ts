import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getMeeting } from "./get-meeting";

/** getMeeting for pages and routes: null where the meeting is not the actor's to see (or does not exist). */
export async function findMeeting(actor: Actor, meetingId: string) {
  try {
    return await getMeeting(actor, meetingId);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return null;
    if (error instanceof Error && error.name === "ZodError") return null;
    throw error;
  }
}
