import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { AppError } from "@/lib/errors";
import { loadShowcaseAccess, showcaseSeatOf } from "./access";
import { showcaseIcs } from "./showcase-ics";
import { PROGRAMME_FAIR_STATUSES, showcaseTextsSelect } from "./load-programme";

/**
 * The calendar file of a showcase in the programme: an approved one of a published (or
 * archived) fair is public information (its title and time are on the session's programme
 * page); otherwise only for those who may watch it (its supplier and the organizers).
 */
export async function loadShowcaseIcs(actor: Actor | null, showcaseId: string, locale: AppLocale): Promise<string> {
  const access = await loadShowcaseAccess(showcaseId);
  if (!access) throw new AppError("NOT_FOUND", "showcaseNotFound");
  const inPublicProgramme =
    access.status === "APPROVED" && PROGRAMME_FAIR_STATUSES.includes(access.session.fair.status);
  if (!inPublicProgramme && !(await showcaseSeatOf(actor, access))) {
    throw new AppError("NOT_FOUND", "showcaseNotFound");
  }
  const showcase = await db.showcase.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      id: true,
      status: true,
      ...showcaseTextsSelect,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      organization: { select: { nameEn: true, nameZh: true, nameRu: true } },
    },
  });
  return showcaseIcs(showcase, locale);
}
