import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Turning Janus's recordings of a room into one playable WebM (VP8 + Opus). Janus writes one .mjr
 * file per medium and publisher join: `videoroom-<room>-user-<feed>-<time>-{audio,video}-<mindex>.mjr`.
 * janus-pp-rec (Debian's janus-tools) turns each into a WebM/Opus file, ffmpeg puts audio and video
 * side by side without re-encoding (-c copy) and joins the segments of a supplier who reconnected.
 */

export type RecordingSegment = { key: string; video?: string; audio?: string };

const MJR = /^videoroom-(\d+)-user-(\d+)-(\d+)-(audio|video)-\d+\.mjr$/;

/** Audio and video files of one publish start within this many microseconds of each other. */
const SAME_SEGMENT_US = 5_000_000;

/** The room's recorded segments in recording order (a publisher's audio and video files paired). */
export async function recordingSegments(recordingsDir: string, room: string): Promise<RecordingSegment[]> {
  const names = existsSync(recordingsDir) ? await readdir(recordingsDir) : [];
  const files = names
    .map((name) => ({ name, match: MJR.exec(name) }))
    .filter((file) => file.match && file.match[1] === room)
    .map(({ name, match }) => ({
      file: path.join(recordingsDir, name),
      feed: match![2],
      time: Number(match![3]),
      kind: match![4] as "audio" | "video",
    }))
    .sort((a, b) => a.time - b.time);
  const segments: (RecordingSegment & { feed: string; time: number })[] = [];
  for (const file of files) {
    const segment = segments.find(
      (candidate) =>
        candidate.feed === file.feed && !candidate[file.kind] && Math.abs(file.time - candidate.time) < SAME_SEGMENT_US,
    );
    if (segment) segment[file.kind] = file.file;
    else segments.push({ key: `${file.feed}-${file.time}`, feed: file.feed, time: file.time, [file.kind]: file.file });
  }
  return segments.map(({ key, video, audio }) => ({ key, video, audio }));
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

async function nonEmpty(file: string): Promise<boolean> {
  return existsSync(file) && (await stat(file)).size > 0;
}

export type PostProcessTools = { ppRec: string; ffmpeg: string };

export function postProcessTools(): PostProcessTools {
  return {
    ppRec: process.env.JANUS_PP_REC || "/usr/bin/janus-pp-rec",
    ffmpeg: process.env.FFMPEG || "/usr/bin/ffmpeg",
  };
}

/**
 * Writes the room's recording to `output` (a .webm) and returns its size in bytes; throws when
 * nothing playable was recorded. Work files live beside the output and are removed.
 */
export async function postProcessRecording(
  recordingsDir: string,
  room: string,
  output: string,
  tools: PostProcessTools = postProcessTools(),
): Promise<number> {
  const segments = await recordingSegments(recordingsDir, room);
  if (segments.length === 0) throw new Error(`no recording of room ${room} in ${recordingsDir}`);
  const work = `${output}.work`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  try {
    const parts: string[] = [];
    for (const [index, segment] of segments.entries()) {
      const inputs: string[] = [];
      if (segment.video) {
        const video = path.join(work, `${index}-video.webm`);
        await run(tools.ppRec, ["-o", segment.video, video]);
        if (await nonEmpty(video)) inputs.push(video);
      }
      if (segment.audio) {
        const audio = path.join(work, `${index}-audio.opus`);
        await run(tools.ppRec, ["-o", segment.audio, audio]);
        if (await nonEmpty(audio)) inputs.push(audio);
      }
      if (inputs.length === 0) continue;
      const part = path.join(work, `${index}.webm`);
      await run(tools.ffmpeg, [
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        ...inputs.flatMap((input) => ["-i", input]),
        ...inputs.flatMap((_, i) => ["-map", String(i)]),
        "-c",
        "copy",
        part,
      ]);
      parts.push(part);
    }
    if (parts.length === 0) throw new Error(`the recording of room ${room} holds no media`);
    const joined = path.join(work, "joined.webm");
    if (parts.length === 1) await rename(parts[0], joined);
    else {
      const list = path.join(work, "parts.txt");
      await writeFile(list, parts.map((part) => `file '${part.replace(/'/g, "'\\''")}'`).join("\n"));
      await run(tools.ffmpeg, [
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "concat",
        "-safe",
        "0",
        "-i",
        list,
        "-c",
        "copy",
        joined,
      ]);
    }
    await mkdir(path.dirname(output), { recursive: true });
    await rename(joined, output);
    return (await stat(output)).size;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
