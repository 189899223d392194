import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a list or a heading shows of a session: its title in the three languages and
 * its dates. The console, the organizer's session pages and the availability list all
 * start from it and add what else they need.
 */
export const sessionHeadingSelect = {
  id: true,
  titleEn: true,
  titleZh: true,
  titleRu: true,
  startDate: true,
  endDate: true,
} satisfies Prisma.FairSessionSelect;
