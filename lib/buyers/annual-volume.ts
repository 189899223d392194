/** Above this, an annual import volume in major units is certainly a typo (10 trillion). */
export const maxAnnualMajorUnits = 10_000_000_000_000n;

export type AnnualVolumeResult =
  { ok: true; minor: bigint } | { ok: false; error: "buyerVolumeInvalid" | "moneyTooLarge" };

/**
 * A yearly volume typed in whole major units ("25 000 000", "25,000,000") ->
 * minor units. Cents are meaningless at this scale, so no decimals are taken;
 * digits may be grouped by spaces, commas or dots only in groups of three.
 */
export function parseAnnualVolume(raw: string): AnnualVolumeResult {
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (!/^\d{1,3}(?:([,.]?)\d{3}(?:\1\d{3})*)?$/.test(text) && !/^\d+$/.test(text)) {
    return { ok: false, error: "buyerVolumeInvalid" };
  }
  const major = BigInt(text.replace(/[,.]/g, ""));
  if (major > maxAnnualMajorUnits) return { ok: false, error: "moneyTooLarge" };
  return { ok: true, minor: major * 100n };
}

/** Minor units -> the whole major units a form shows again. */
export function annualVolumeToInput(minor: bigint | null): string {
  return minor === null ? "" : String(minor / 100n);
}
