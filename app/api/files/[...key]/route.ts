import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { guardedRoute } from "@/lib/http/guarded-route";
import { findReadableFile } from "@/lib/storage/find-readable-file";

/**
 * Serves stored images. Keys are unguessable and their content never changes
 * (a new upload gets a new key), so public files may be cached; private ones
 * (hidden products, pending suppliers' logos) never are.
 */
export const GET = guardedRoute<{ key: string[] }>(async (_request, { key }) => {
  const file = await findReadableFile(key.join("/"), getActor);
  if (!file) throw new AppError("NOT_FOUND", "fileNotFound");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      // A day: long enough for the catalogue, short enough that a hidden product's images stop being served.
      "Cache-Control": file.isPublic ? "public, max-age=86400" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
