import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Conflict } from "@/lib/scheduling/auto/problem";

/** The validator's conflicts as sentences in the organizer's language, naming who clashes. */
export async function describeConflicts(conflicts: Conflict[], locale: AppLocale): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "autoSchedule.conflicts" });
  const orgIds = conflicts.flatMap((c) => (c.participant ? [c.participant] : []));
  const userIds = conflicts.flatMap((c) => (c.interpreter ? [c.interpreter] : []));
  const [organizations, users] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: orgIds } },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true },
    }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  const nameOf = (conflict: Conflict) => {
    const org = organizations.find((o) => o.id === conflict.participant);
    if (org) return localized(org, "name", locale);
    return users.find((u) => u.id === conflict.interpreter)?.name ?? "";
  };
  const lines = conflicts.map((conflict) =>
    t.has(conflict.kind) ? t(conflict.kind, { name: nameOf(conflict) }) : t("other"),
  );
  return [...new Set(lines)];
}
