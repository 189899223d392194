import { AppError } from "@/lib/errors";
import { unstorableField } from "@/lib/validation/storable-text";

/** The largest JSON body a route reads: far above any real request (an SDP offer is ~6 KB). */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

/**
 * A route's JSON body, read at most `maxBytes` far (a bigger body is a 413 and is not
 * buffered whole), parsed, and checked for text PostgreSQL cannot store (422 naming the
 * field). An empty body reads as {} (every field optional); malformed JSON throws the
 * SyntaxError of JSON.parse, which each route family answers in its own way.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const text = await readTextWithin(request, maxBytes);
  if (text.trim() === "") return {};
  const value: unknown = JSON.parse(text);
  const field = unstorableField(value);
  if (field) throw new AppError("VALIDATION", "checkFields", { [field]: "unstorableText" });
  return value;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", "requestTooLarge", undefined, { maxKb: Math.floor(maxBytes / 1024) });
}

async function readTextWithin(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  // Invalid UTF-8 becomes U+FFFD (storable); only NUL and lone \u escapes need the check above.
  return new TextDecoder().decode(Buffer.concat(chunks));
}
