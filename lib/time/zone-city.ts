import { knownCities } from "@/lib/geo/cities";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * A city people recognise for a zone, in the viewer's language: the zone's own
 * city when we know it (Asia/Vladivostok -> Vladivostok), else the first known city
 * in that zone (Asia/Shanghai -> Hangzhou, where Zhejiang's fairs are run),
 * else the city part of the IANA name.
 */
export function zoneCityName(zone: string, locale: AppLocale): string {
  const tail = zone.split("/").pop() ?? zone;
  const id = tail.toLowerCase().replace(/_/g, "-");
  const city = knownCities.find((c) => c.id === id) ?? knownCities.find((c) => c.timeZone === zone);
  return city ? city.name[locale] : tail.replace(/_/g, " ");
}
