import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { AppError } from "@/lib/errors";
import { loadShowcaseAccess, showcaseSeatOf } from "./access";
import { showcaseIcs } from "./showcase-ics";

/**
 * The calendar file of a showcase in the programme: an approved one is public information
 * (its title and time are on the session's programme page); a pending, rejected or
 * cancelled one only for those who may watch it (its supplier and the organizers).
 */
export async function loadShowcaseIcs(actor: Actor | null, showcaseId: string, locale: AppLocale): Promise<string> {
  const access = await loadShowcaseAccess(showcaseId);
  if (!access) throw new AppError("NOT_FOUND", "showcaseNotFound");
  if (access.status !== "APPROVED" && !(await showcaseSeatOf(actor, access))) {
    throw new AppError("NOT_FOUND", "showcaseNotFound");
  }
  const showcase = await db.showcase.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      id: true,
      status: true,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      descriptionEn: true,
      descriptionZh: true,
      descriptionRu: true,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      organization: { select: { nameEn: true, nameZh: true, nameRu: true } },
    },
  });
  return showcaseIcs(showcase, locale);
}
