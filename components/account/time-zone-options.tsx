import { useTranslations } from "next-intl";
import type { ZoneChoices } from "@/lib/time/zone-choices";

/** The <option>s of a time-zone <select>: the fair's markets first, then all zones. */
export function TimeZoneOptions({ choices }: { choices: ZoneChoices }) {
  const t = useTranslations("account.timeZones");
  return (
    <>
      <optgroup label={t("preferred")}>
        {choices.preferred.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("other")}>
        {choices.other.map((zone) => (
          <option key={zone.value} value={zone.value}>
            {zone.label}
          </option>
        ))}
      </optgroup>
    </>
  );
}
