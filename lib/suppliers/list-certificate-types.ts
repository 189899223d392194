import "server-only";
import { db } from "@/lib/db";

/** Every certificate type, for pickers and the organizers' list. */
export async function listCertificateTypes() {
  return db.certificateType.findMany({ orderBy: { code: "asc" } });
}
