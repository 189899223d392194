import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isRegistrationOpen, isSessionOver, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { ofOwnOrganization } from "@/lib/tenancy/tenant-scope";
import { sessionHeadingSelect } from "@/lib/fairs/session-select";

/**
 * The sessions a buyer's requirement may target: not over, of a published fair, and
 * open to this buyer (already registered and approved there, or registration still
 * open), soonest first, each with the categories it offers so the form can filter.
 */
export async function listTargetableSessions(actor: Actor, locale: AppLocale, now: Date) {
  const sessions = await db.fairSession.findMany({
    where: { fair: { status: "PUBLISHED" } },
    orderBy: [{ startDate: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      ...sessionHeadingSelect,
      ...sessionLifecycleSelect,
      fair: { select: { ...sessionLifecycleSelect.fair.select, nameEn: true, nameZh: true, nameRu: true } },
      categories: { select: { categoryId: true } },
      registrations: { where: ofOwnOrganization(actor), select: { status: true } },
    },
  });
  return sessions
    .filter((session) => {
      const lifecycle = toLifecycleInput(session);
      if (isSessionOver(lifecycle, now)) return false;
      return session.registrations[0]?.status === "APPROVED" || isRegistrationOpen(lifecycle, now);
    })
    .map((session) => ({
      value: session.id,
      label: `${sessionTitleWithEdition(session, locale)} — ${localized(session.fair, "name", locale)}`,
      categoryIds: session.categories.map((category) => category.categoryId),
    }));
}
