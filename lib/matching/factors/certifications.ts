import type { SupplierCertificate } from "../scoring-inputs";
import { clamp01, factorValue, type FactorValue } from "./factor-value";

/**
 * Share of the required certifications held on the day that matters (the needed-by
 * date, else today). A supplier's Certificate record of a type is authoritative: if
 * it has one, it must be valid that day (an expired EAC is named with its expiry);
 * without a record, the product's own certification list counts. Null when the
 * requirement asks for none.
 */
export function certificationsValue(
  required: string[],
  productCertifications: string[],
  certificates: SupplierCertificate[],
  onDay: string,
): number | null {
  if (required.length === 0) return null;
  let held = 0;
  for (const code of required) if (holds(code, productCertifications, certificates, onDay)) held++;
  return clamp01(held / required.length);
}

function holds(code: string, productCertifications: string[], certificates: SupplierCertificate[], onDay: string) {
  let hasRecord = false;
  for (const certificate of certificates) {
    if (certificate.typeCode !== code) continue;
    if (certificate.expiresOn === null || certificate.expiresOn >= onDay) return true;
    hasRecord = true;
  }
  return !hasRecord && productCertifications.includes(code);
}

export function certificationsFactor(
  required: string[],
  productCertifications: string[],
  certificates: SupplierCertificate[],
  onDay: string,
): FactorValue {
  if (required.length === 0) return factorValue("certifications", null, "certifications.noneRequired");
  const held: string[] = [];
  const missing: string[] = [];
  let expired: { cert: string; expiredOn: string } | null = null;
  for (const code of required) {
    const records = certificates.filter((c) => c.typeCode === code);
    if (records.length === 0) {
      (productCertifications.includes(code) ? held : missing).push(code);
      continue;
    }
    if (records.some((c) => c.expiresOn === null || c.expiresOn >= onDay)) {
      held.push(code);
      continue;
    }
    missing.push(code);
    const latest = records.reduce((a, b) => ((a.expiresOn ?? "") >= (b.expiresOn ?? "") ? a : b));
    expired ??= { cert: code, expiredOn: latest.expiresOn ?? "" };
  }
  const value = certificationsValue(required, productCertifications, certificates, onDay)!;
  if (expired) return factorValue("certifications", value, "certifications.expired", { ...expired, onDay });
  if (missing.length === 0) return factorValue("certifications", 1, "certifications.held", { certs: held.join(", ") });
  return factorValue("certifications", value, "certifications.missing", {
    missing: missing.join(", "),
    held: held.length,
    total: required.length,
  });
}
