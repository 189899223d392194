/** Cities the sign-up form suggests, with the IANA zone that becomes the default. */
export type KnownCity = {
  id: string;
  country: "CN" | "RU";
  timeZone: string;
  name: { en: string; zh: string; ru: string };
};

export const knownCities: KnownCity[] = [
  { id: "hangzhou", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Hangzhou", zh: "杭州", ru: "Ханчжоу" } },
  { id: "ningbo", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Ningbo", zh: "宁波", ru: "Нинбо" } },
  { id: "cixi", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Cixi", zh: "慈溪", ru: "Цыси" } },
  { id: "shaoxing", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Shaoxing", zh: "绍兴", ru: "Шаосин" } },
  { id: "yiwu", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Yiwu", zh: "义乌", ru: "Иу" } },
  { id: "wenzhou", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Wenzhou", zh: "温州", ru: "Вэньчжоу" } },
  { id: "pinghu", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Pinghu", zh: "平湖", ru: "Пинху" } },
  { id: "jiaxing", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Jiaxing", zh: "嘉兴", ru: "Цзясин" } },
  { id: "huzhou", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Huzhou", zh: "湖州", ru: "Хучжоу" } },
  { id: "taizhou", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Taizhou", zh: "台州", ru: "Тайчжоу" } },
  { id: "jinhua", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Jinhua", zh: "金华", ru: "Цзиньхуа" } },
  { id: "yongkang", country: "CN", timeZone: "Asia/Shanghai", name: { en: "Yongkang", zh: "永康", ru: "Юнкан" } },
  { id: "moscow", country: "RU", timeZone: "Europe/Moscow", name: { en: "Moscow", zh: "莫斯科", ru: "Москва" } },
  {
    id: "saint-petersburg",
    country: "RU",
    timeZone: "Europe/Moscow",
    name: { en: "Saint Petersburg", zh: "圣彼得堡", ru: "Санкт-Петербург" },
  },
  { id: "kazan", country: "RU", timeZone: "Europe/Moscow", name: { en: "Kazan", zh: "喀山", ru: "Казань" } },
  {
    id: "nizhny-novgorod",
    country: "RU",
    timeZone: "Europe/Moscow",
    name: { en: "Nizhny Novgorod", zh: "下诺夫哥罗德", ru: "Нижний Новгород" },
  },
  {
    id: "kaliningrad",
    country: "RU",
    timeZone: "Europe/Kaliningrad",
    name: { en: "Kaliningrad", zh: "加里宁格勒", ru: "Калининград" },
  },
  { id: "samara", country: "RU", timeZone: "Europe/Samara", name: { en: "Samara", zh: "萨马拉", ru: "Самара" } },
  {
    id: "yekaterinburg",
    country: "RU",
    timeZone: "Asia/Yekaterinburg",
    name: { en: "Yekaterinburg", zh: "叶卡捷琳堡", ru: "Екатеринбург" },
  },
  {
    id: "chelyabinsk",
    country: "RU",
    timeZone: "Asia/Yekaterinburg",
    name: { en: "Chelyabinsk", zh: "车里雅宾斯克", ru: "Челябинск" },
  },
  { id: "omsk", country: "RU", timeZone: "Asia/Omsk", name: { en: "Omsk", zh: "鄂木斯克", ru: "Омск" } },
  {
    id: "novosibirsk",
    country: "RU",
    timeZone: "Asia/Novosibirsk",
    name: { en: "Novosibirsk", zh: "新西伯利亚", ru: "Новосибирск" },
  },
  {
    id: "krasnoyarsk",
    country: "RU",
    timeZone: "Asia/Krasnoyarsk",
    name: { en: "Krasnoyarsk", zh: "克拉斯诺亚尔斯克", ru: "Красноярск" },
  },
  { id: "irkutsk", country: "RU", timeZone: "Asia/Irkutsk", name: { en: "Irkutsk", zh: "伊尔库茨克", ru: "Иркутск" } },
  { id: "yakutsk", country: "RU", timeZone: "Asia/Yakutsk", name: { en: "Yakutsk", zh: "雅库茨克", ru: "Якутск" } },
  {
    id: "khabarovsk",
    country: "RU",
    timeZone: "Asia/Vladivostok",
    name: { en: "Khabarovsk", zh: "哈巴罗夫斯克", ru: "Хабаровск" },
  },
  {
    id: "vladivostok",
    country: "RU",
    timeZone: "Asia/Vladivostok",
    name: { en: "Vladivostok", zh: "符拉迪沃斯托克", ru: "Владивосток" },
  },
];

export function findKnownCity(name: string): KnownCity | undefined {
  const needle = name.trim().toLowerCase();
  return knownCities.find(
    (city) => city.id === needle || Object.values(city.name).some((n) => n.toLowerCase() === needle),
  );
}

export const countries = ["CN", "RU", "BY", "KZ", "KG", "AM", "UZ", "MN"] as const;
