import { getTranslations } from "next-intl/server";
import type { CreditBadge } from "@/lib/credit/credit-score";
import { Badge } from "@/components/ui/badge";

/** The badges a counterpart sees of an organization's credit; never its score or complaints. */
export async function CreditBadges({ badges }: { badges: CreditBadge[] }) {
  if (badges.length === 0) return null;
  const t = await getTranslations("credit.badges");
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("label")} data-testid="credit-badges">
      {badges.map((badge) => (
        <li key={badge}>
          <Badge
            tone={badge === "verified" ? "success" : "info"}
            title={t(`hints.${badge}`)}
            data-testid={`credit-badge-${badge}`}
          >
            {t(`names.${badge}`)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
