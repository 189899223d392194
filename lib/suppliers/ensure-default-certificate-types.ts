import "server-only";
import { db } from "@/lib/db";
import { defaultCertificateTypes } from "./choices";

/** Adds the standard types (EAC, CE, ISO 9001 ...) that are missing; leaves edited ones alone. */
export async function ensureDefaultCertificateTypes(): Promise<void> {
  await db.certificateType.createMany({ data: [...defaultCertificateTypes], skipDuplicates: true });
}
