import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CreditLevel } from "@/lib/credit/credit-score";
import { Badge } from "@/components/ui/badge";
import { creditLevelTone } from "./tones";

/** The organizations list's credit column: the level, linking to the credit record. */
export async function CreditLevelLink({ organizationId, level }: { organizationId: string; level: CreditLevel }) {
  const t = await getTranslations("credit");
  return (
    <Link
      href={`/admin/organizations/${organizationId}/credit`}
      className="rounded-full focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
      data-testid="credit-level-link"
    >
      <Badge tone={creditLevelTone[level]}>{t("levelShort", { level })}</Badge>
    </Link>
  );
}
