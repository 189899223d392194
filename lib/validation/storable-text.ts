/**
 * Text PostgreSQL can store exactly as given. A NUL character (U+0000) is refused
 * by PostgreSQL (a 500 if it gets that far), and a lone surrogate half would be
 * stored silently as U+FFFD: both are answered at the boundary with a 4xx instead.
 */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && !loneSurrogate.test(value);
}

/**
 * The path of the first string (or object key) in a parsed value that is not
 * storable text, or null when every string is. Walks plain objects and arrays.
 */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findUnstorableText(value[index], [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (!isStorableText(key)) return [...path, key];
      const found = findUnstorableText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Where unstorable text sits in a parsed value, as the field name an error names
 * ("message", "preferredSlots.0"), or null. A key that is itself unstorable is
 * named by its parent ("form" at the top), so the answer never echoes it.
 */
export function unstorableField(value: unknown): string | null {
  const path = findUnstorableText(value);
  if (!path) return null;
  const named = path.map(String);
  const firstBad = named.findIndex((segment) => !isStorableText(segment));
  const shown = firstBad === -1 ? named : named.slice(0, firstBad);
  return shown.join(".") || "form";
}

/** The text without NUL characters and lone surrogate halves: what a form may echo back to its user. */
export function withoutUnstorableCharacters(value: string): string {
  return value.replace(new RegExp(loneSurrogate.source, "g"), "").replaceAll("\u0000", "");
}
