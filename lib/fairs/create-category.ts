import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { createCategorySchema, type CreateCategoryInput } from "./schemas";

export async function createCategory(actor: Actor, raw: CreateCategoryInput) {
  requirePermission(actor, "manage:fair:any");
  const { parentSlug, ...input } = createCategorySchema.parse(raw);
  const parent = parentSlug
    ? await db.category.findUnique({ where: { slug: parentSlug }, select: { id: true } })
    : null;
  if (parentSlug && !parent) throw new AppError("VALIDATION", "categoryUnknown", { parentSlug: "categoryUnknown" });
  return db.category.create({ data: { ...input, parentId: parent?.id ?? null } });
}
