import { getTranslations } from "next-intl/server";
import type { ReactionState } from "@/lib/matching/types";
import { Badge } from "@/components/ui/badge";

/** Mutual interest (both sides) or "the other side is interested", as badges next to a match. */
export async function MatchStatusBadges({
  reactions,
  viewer,
}: {
  reactions: ReactionState;
  viewer: "BUYER" | "SUPPLIER";
}) {
  const t = await getTranslations("matching.reactions");
  if (reactions.mutual) {
    return (
      <Badge tone="success" data-testid="mutual-badge" title={t("mutualHint")}>
        <span aria-hidden className="mr-1">
          ★
        </span>
        {t("mutual")}
      </Badge>
    );
  }
  const other = viewer === "BUYER" ? reactions.supplier : reactions.buyer;
  if (other === "INTERESTED") {
    return <Badge tone="info">{t(viewer === "BUYER" ? "otherInterestedSupplier" : "otherInterestedBuyer")}</Badge>;
  }
  return null;
}
