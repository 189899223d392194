import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadShowcaseAccess, mayWatchShowcase } from "@/lib/showcases/access";
import { recordingPath } from "./recording-worker";

export type ReplayState = { status: "NONE" | "PROCESSING" | "READY" | "FAILED"; url: string | null };

async function watchableRecording(actor: Actor | null, showcaseId: string) {
  const access = await loadShowcaseAccess(showcaseId);
  if (!access) throw new AppError("NOT_FOUND", "notFound");
  if (!(await mayWatchShowcase(actor, access))) throw new AppError("FORBIDDEN", "forbidden");
  return db.showcase.findUniqueOrThrow({
    where: { id: showcaseId },
    select: { recordingStatus: true, recordingFile: true },
  });
}

/** The replay's state for someone who may watch the showcase. */
export async function replayState(actor: Actor | null, showcaseId: string): Promise<ReplayState> {
  const row = await watchableRecording(actor, showcaseId);
  const ready = row.recordingStatus === "READY" && row.recordingFile != null;
  return { status: row.recordingStatus, url: ready ? `/api/showcases/${showcaseId}/media/recording` : null };
}

const RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * The processed recording as a WebM, with HTTP Range (206 Partial Content) so the video element
 * can seek and start before the whole file arrived; 416 for a range outside the file.
 */
export async function recordingResponse(actor: Actor | null, showcaseId: string, request: Request): Promise<Response> {
  const row = await watchableRecording(actor, showcaseId);
  if (row.recordingStatus !== "READY" || !row.recordingFile) throw new AppError("NOT_FOUND", "notReady");
  const file = recordingPath(row.recordingFile);
  const size = (await stat(file).catch(() => null))?.size;
  if (size == null) throw new AppError("NOT_FOUND", "notReady");
  const headers: Record<string, string> = {
    "Content-Type": "video/webm",
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=300",
    "X-Content-Type-Options": "nosniff",
  };
  const range = request.headers.get("range");
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range) {
    const match = RANGE.exec(range.trim());
    const from = match?.[1] ? Number(match[1]) : null;
    const to = match?.[2] ? Number(match[2]) : null;
    if (!match || (from == null && to == null)) {
      return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
    }
    if (from == null) start = Math.max(0, size - to!);
    else {
      start = from;
      end = to == null ? size - 1 : Math.min(to, size - 1);
    }
    if (start > end || start >= size) {
      return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${size}` } });
    }
    status = 206;
    headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  }
  headers["Content-Length"] = String(end - start + 1);
  if (request.method === "HEAD") return new Response(null, { status, headers });
  const stream = createReadStream(file, { start, end });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers });
}
