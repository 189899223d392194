import { isStorableText } from "@/lib/validation/storable-text";

export type RequestTargetVerdict = { ok: true } | { ok: false; reason: "malformedEncoding" | "unstorableText" };

/**
 * Whether a request's path and query can be decoded into storable text. Next.js
 * answers a path with malformed percent-encoding (`%E0%A4%A`, `%ED%A0%80`) with a
 * plain-text 500, and a decoded NUL reaches PostgreSQL as a 500; the proxy asks
 * this first and answers 400 instead.
 */
export function checkRequestTarget(url: string | URL): RequestTargetVerdict {
  const parsed = typeof url === "string" ? new URL(url, "http://localhost") : url;
  const parts = [
    ...parsed.pathname.split("/"),
    ...parsed.search
      .replace(/^\?/, "")
      .split("&")
      .flatMap((pair) => pair.split("=")),
  ];
  for (const part of parts) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, " "));
    } catch {
      return { ok: false, reason: "malformedEncoding" };
    }
    if (!isStorableText(decoded)) return { ok: false, reason: "unstorableText" };
  }
  return { ok: true };
}
