import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { zonedPair } from "@/lib/time/zone-pair";
import { Alert } from "@/components/ui/alert";

type Props = { state: "before" | "after"; at: Date; locale: AppLocale; viewerZone: string; otherZone: string };

/** "The room opens at 09:50 Moscow (14:50 Hangzhou for the other side)", or when it closed. */
export async function RoomWindowNotice({ state, at, locale, viewerZone, otherZone }: Props) {
  const t = await getTranslations("rooms.window");
  const pair = zonedPair(at, at, locale, viewerZone, otherZone);
  return (
    <Alert tone="info" role="status" className="space-y-1" data-testid={`room-${state}`}>
      <p className="font-medium">{t(state, { mine: `${pair.dayLabel}, ${pair.mine}` })}</p>
      {pair.theirs ? <p>{t(`${state}Theirs`, { theirs: pair.theirs })}</p> : null}
      <p className="text-xs opacity-80">{t("rule")}</p>
    </Alert>
  );
}
