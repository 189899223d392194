"use client";

import { useTranslations } from "next-intl";
import { followShowcaseAction } from "@/app/[locale]/showcases/actions";
import { ActionButton } from "@/components/ui/action-button";

/** Follow (reminder mail 15 minutes before the start) or unfollow a showcase. */
export function FollowButton({ showcaseId, following }: { showcaseId: string; following: boolean }) {
  const t = useTranslations("showcases.programme");
  return (
    <ActionButton
      action={followShowcaseAction}
      fields={{ showcaseId, follow: following ? "0" : "1" }}
      variant={following ? "secondary" : "primary"}
      aria-pressed={following}
      data-testid="follow-showcase"
      onSuccess="refresh"
      successNote={(state) => state.message}
      formClassName="inline-flex flex-col gap-1"
    >
      {following ? t("unfollow") : t("follow")}
    </ActionButton>
  );
}
