import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { knownCities } from "@/lib/geo/cities";
import type { AppLocale } from "@/lib/i18n/routing";
import { localDay } from "@/lib/time/format";
import { listSessionCategories } from "./session-categories";
import { listTargetableSessions } from "./targetable-sessions";

/** Everything the requirement form offers, in serializable shapes for a client component. */
export async function listRequirementFormChoices(actor: Actor, locale: AppLocale, now = new Date()) {
  requirePermission(actor, "manage:requirement:own");
  const [categories, certificateTypes, sessions] = await Promise.all([
    listSessionCategories(),
    db.certificateType.findMany({
      orderBy: { code: "asc" },
      select: { code: true, nameEn: true, nameZh: true, nameRu: true },
    }),
    listTargetableSessions(actor, locale, now),
  ]);
  return {
    categories: categories.map(({ id, nameEn, nameZh, nameRu, parentId }) => ({
      value: id,
      nameEn,
      nameZh,
      nameRu,
      parentId,
    })),
    certificateTypes: certificateTypes.map(({ code, ...names }) => ({ value: code, ...names })),
    sessions,
    // Goods travel to the buyer's market: Russian cities first in the suggestions.
    cities: knownCities
      .filter((city) => city.country === "RU")
      .map((city) => ({ value: city.id, label: city.name[locale] })),
    today: localDay(new Date(), actor.timeZone),
  };
}
