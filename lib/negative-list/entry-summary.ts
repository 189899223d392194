import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a screen needs to explain a block: the rule and its reason. Use it as
 * `include: { blockedByEntry: { select: entrySummarySelect } }` on products.
 */
export const entrySummarySelect = {
  id: true,
  kind: true,
  hsPrefix: true,
  keyword: true,
  reasonEn: true,
  reasonZh: true,
  reasonRu: true,
  category: { select: { slug: true, nameEn: true, nameZh: true, nameRu: true } },
} satisfies Prisma.NegativeListEntrySelect;
