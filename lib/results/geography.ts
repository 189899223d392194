import { Prisma } from "@/lib/generated/prisma/client";
import { knownCities } from "@/lib/geo/cities";
import type { AppLocale } from "@/lib/i18n/routing";

type Names = Record<AppLocale, string>;

/**
 * Zhejiang's prefecture-level cities, the unit the provincial commerce department reports
 * by. County-level cities count under their prefecture (Cixi under Ningbo, Yiwu and
 * Yongkang under Jinhua, Pinghu under Jiaxing).
 */
const zhejiangCities = {
  hangzhou: { en: "Hangzhou", zh: "杭州市", ru: "Ханчжоу" },
  ningbo: { en: "Ningbo", zh: "宁波市", ru: "Нинбо" },
  wenzhou: { en: "Wenzhou", zh: "温州市", ru: "Вэньчжоу" },
  jiaxing: { en: "Jiaxing", zh: "嘉兴市", ru: "Цзясин" },
  huzhou: { en: "Huzhou", zh: "湖州市", ru: "Хучжоу" },
  shaoxing: { en: "Shaoxing", zh: "绍兴市", ru: "Шаосин" },
  jinhua: { en: "Jinhua", zh: "金华市", ru: "Цзиньхуа" },
  taizhou: { en: "Taizhou", zh: "台州市", ru: "Тайчжоу" },
} as const satisfies Record<string, Names>;

/** Russia's federal districts. */
const federalDistricts = {
  central: { en: "Central", zh: "中央联邦区", ru: "Центральный ФО" },
  northwestern: { en: "Northwestern", zh: "西北联邦区", ru: "Северо-Западный ФО" },
  volga: { en: "Volga", zh: "伏尔加联邦区", ru: "Приволжский ФО" },
  ural: { en: "Ural", zh: "乌拉尔联邦区", ru: "Уральский ФО" },
  siberian: { en: "Siberian", zh: "西伯利亚联邦区", ru: "Сибирский ФО" },
  "far-eastern": { en: "Far Eastern", zh: "远东联邦区", ru: "Дальневосточный ФО" },
} as const satisfies Record<string, Names>;
type District = keyof typeof federalDistricts;

/** Russia's federal subjects the known cities lie in, with their federal district. */
const russianRegions = {
  moscow: { district: "central", en: "Moscow", zh: "莫斯科市", ru: "Москва" },
  "saint-petersburg": { district: "northwestern", en: "Saint Petersburg", zh: "圣彼得堡市", ru: "Санкт-Петербург" },
  kaliningrad: {
    district: "northwestern",
    en: "Kaliningrad Oblast",
    zh: "加里宁格勒州",
    ru: "Калининградская область",
  },
  tatarstan: { district: "volga", en: "Tatarstan", zh: "鞑靼斯坦共和国", ru: "Республика Татарстан" },
  "nizhny-novgorod": {
    district: "volga",
    en: "Nizhny Novgorod Oblast",
    zh: "下诺夫哥罗德州",
    ru: "Нижегородская область",
  },
  samara: { district: "volga", en: "Samara Oblast", zh: "萨马拉州", ru: "Самарская область" },
  sverdlovsk: { district: "ural", en: "Sverdlovsk Oblast", zh: "斯维尔德洛夫斯克州", ru: "Свердловская область" },
  chelyabinsk: { district: "ural", en: "Chelyabinsk Oblast", zh: "车里雅宾斯克州", ru: "Челябинская область" },
  omsk: { district: "siberian", en: "Omsk Oblast", zh: "鄂木斯克州", ru: "Омская область" },
  novosibirsk: { district: "siberian", en: "Novosibirsk Oblast", zh: "新西伯利亚州", ru: "Новосибирская область" },
  krasnoyarsk: { district: "siberian", en: "Krasnoyarsk Krai", zh: "克拉斯诺亚尔斯克边疆区", ru: "Красноярский край" },
  irkutsk: { district: "siberian", en: "Irkutsk Oblast", zh: "伊尔库茨克州", ru: "Иркутская область" },
  yakutia: {
    district: "far-eastern",
    en: "Sakha (Yakutia)",
    zh: "萨哈（雅库特）共和国",
    ru: "Республика Саха (Якутия)",
  },
  khabarovsk: { district: "far-eastern", en: "Khabarovsk Krai", zh: "哈巴罗夫斯克边疆区", ru: "Хабаровский край" },
  primorsky: { district: "far-eastern", en: "Primorsky Krai", zh: "滨海边疆区", ru: "Приморский край" },
} as const satisfies Record<string, Names & { district: District }>;

/** Known city id -> its Zhejiang prefecture or its Russian federal subject. */
const placeOfCity: Record<string, { cn?: keyof typeof zhejiangCities; ru?: keyof typeof russianRegions }> = {
  hangzhou: { cn: "hangzhou" },
  ningbo: { cn: "ningbo" },
  cixi: { cn: "ningbo" },
  shaoxing: { cn: "shaoxing" },
  yiwu: { cn: "jinhua" },
  wenzhou: { cn: "wenzhou" },
  pinghu: { cn: "jiaxing" },
  jiaxing: { cn: "jiaxing" },
  huzhou: { cn: "huzhou" },
  taizhou: { cn: "taizhou" },
  jinhua: { cn: "jinhua" },
  yongkang: { cn: "jinhua" },
  moscow: { ru: "moscow" },
  "saint-petersburg": { ru: "saint-petersburg" },
  kazan: { ru: "tatarstan" },
  "nizhny-novgorod": { ru: "nizhny-novgorod" },
  kaliningrad: { ru: "kaliningrad" },
  samara: { ru: "samara" },
  yekaterinburg: { ru: "sverdlovsk" },
  chelyabinsk: { ru: "chelyabinsk" },
  omsk: { ru: "omsk" },
  novosibirsk: { ru: "novosibirsk" },
  krasnoyarsk: { ru: "krasnoyarsk" },
  irkutsk: { ru: "irkutsk" },
  yakutsk: { ru: "yakutia" },
  khabarovsk: { ru: "khabarovsk" },
  vladivostok: { ru: "primorsky" },
};

export type GeoDimension = "cnCity" | "ruDistrict" | "ruRegion";

/** The label of one place of a breakdown in the viewer's language (the key itself when unknown). */
export function placeName(dimension: GeoDimension, key: string, locale: AppLocale): string {
  const table: Record<string, Names> =
    dimension === "cnCity" ? zhejiangCities : dimension === "ruDistrict" ? federalDistricts : russianRegions;
  return table[key]?.[locale] ?? key;
}

/** Every place a report can be filtered by, as `cn:<city>`, `fd:<district>` or `ru:<region>`. */
export const regionFilterKeys: readonly string[] = [
  ...Object.keys(zhejiangCities).map((key) => `cn:${key}`),
  ...Object.keys(federalDistricts).map((key) => `fd:${key}`),
  ...Object.keys(russianRegions).map((key) => `ru:${key}`),
];

/** The label of a region filter value (`cn:ningbo` -> "Ningbo"). */
export function regionLabel(value: string, locale: AppLocale): string {
  const [kind, key] = value.split(":", 2);
  return placeName(kind === "cn" ? "cnCity" : kind === "fd" ? "ruDistrict" : "ruRegion", key, locale);
}

/** The choices of the region filter, grouped, in the viewer's language. */
export function regionChoices(locale: AppLocale) {
  return {
    cnCity: Object.keys(zhejiangCities).map((key) => ({ value: `cn:${key}`, label: placeName("cnCity", key, locale) })),
    ruDistrict: Object.keys(federalDistricts).map((key) => ({
      value: `fd:${key}`,
      label: placeName("ruDistrict", key, locale),
    })),
    ruRegion: Object.keys(russianRegions).map((key) => ({
      value: `ru:${key}`,
      label: placeName("ruRegion", key, locale),
    })),
  };
}

/**
 * The rows (name, cn_city, ru_region, ru_district): every spelling of a known city
 * (id, English, Chinese, Russian, lower-cased) with the places it lies in. Organizations
 * keep their city as typed; the report joins on `lower(btrim(city))`.
 */
function geographyRows(): [string, string | null, string | null, string | null][] {
  const rows = new Map<string, [string, string | null, string | null, string | null]>();
  for (const city of knownCities) {
    const place = placeOfCity[city.id];
    if (!place) continue;
    const region = place.ru ? russianRegions[place.ru] : null;
    for (const spelling of [city.id, ...Object.values(city.name)]) {
      const name = spelling.trim().toLowerCase();
      rows.set(name, [name, place.cn ?? null, place.ru ?? null, region?.district ?? null]);
    }
  }
  return [...rows.values()];
}

/** `geo(name, cn_city, ru_region, ru_district) AS (VALUES …)`: a CTE to join organizations' cities on. */
export function geographyCte(): Prisma.Sql {
  const values = geographyRows().map(
    ([name, cn, ru, district]) => Prisma.sql`(${name}::text, ${cn}::text, ${ru}::text, ${district}::text)`,
  );
  return Prisma.sql`geo(name, cn_city, ru_region, ru_district) AS (VALUES ${Prisma.join(values)})`;
}
