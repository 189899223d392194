import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tone = { DRAFT: "warning", PUBLISHED: "success", ARCHIVED: "neutral" } as const;

export function FairStatusBadge({ status }: { status: "DRAFT" | "PUBLISHED" | "ARCHIVED" }) {
  const t = useTranslations("console.fairStatus");
  return (
    <Badge tone={tone[status]} data-testid="fair-status">
      {t(status)}
    </Badge>
  );
}
