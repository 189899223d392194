/**
 * Harmonized System codes: the first six digits are international, up to four
 * more are national (China and the EAEU use ten). Chapter 77 is reserved and unused.
 */
export const hsCodePattern = /^\d{6,10}$/;

/** People type "6201.40.00" or "6201 40"; we store digits only. */
export function normalizeHsCode(raw: string): string {
  return raw.trim().replace(/[\s.\-\u00a0]/g, "");
}

export function isRealHsChapter(code: string): boolean {
  const chapter = Number(code.slice(0, 2));
  return /^\d{2}/.test(code) && chapter >= 1 && chapter <= 97 && chapter !== 77;
}

export type HsCodeProblem = "productHsCodeInvalid" | "productHsChapterUnknown";

/** The message key of what is wrong with a normalized code, or null when it is fine. */
export function hsCodeProblem(code: string): HsCodeProblem | null {
  if (!hsCodePattern.test(code)) return "productHsCodeInvalid";
  if (!isRealHsChapter(code)) return "productHsChapterUnknown";
  return null;
}
