import "server-only";
import { notifyMeetingEvents } from "@/lib/jobs/mail-queue";
import type { MeetingEvent } from "./events";

/** `notify: false` is for the demo seed and benchmark worlds only: history nobody is to be mailed about. */
export type NotifyOption = { notify?: boolean };

/**
 * The one mail path of meeting changes: a domain function hands its transaction here and
 * the mail of its events is queued once it committed (a rolled-back change mails nobody).
 * So no caller can forget the mail or send it twice; the result keeps its events for callers
 * and tests to read.
 */
export async function mailAfterCommit<Result extends { events: MeetingEvent[] }>(
  committed: Promise<Result>,
  { notify = true }: NotifyOption = {},
): Promise<Result> {
  const result = await committed;
  if (notify) await notifyMeetingEvents(result.events);
  return result;
}
