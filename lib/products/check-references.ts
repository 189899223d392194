import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ProductData } from "./schemas";

/** The category must belong to a session of a published fair; certifications must be known types. */
export async function checkProductReferences(
  client: Pick<Prisma.TransactionClient, "category" | "certificateType">,
  input: ProductData,
): Promise<void> {
  const category = await client.category.findFirst({
    where: { id: input.categoryId, sessions: { some: { session: { fair: { status: "PUBLISHED" } } } } },
    select: { id: true },
  });
  if (!category) throw new AppError("VALIDATION", "checkFields", { categoryId: "categoryUnknown" });
  if (input.certifications.length > 0) {
    const known = await client.certificateType.count({ where: { code: { in: input.certifications } } });
    if (known !== input.certifications.length) {
      throw new AppError("VALIDATION", "checkFields", { certifications: "productCertificationUnknown" });
    }
  }
}
