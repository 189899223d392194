/** The demo fair: the 2022 Zhejiang Export Online Fair (Russia) and its five industry sessions. */
export const demoPassword = "FairBridge2026!";

export const hostOrganization = {
  nameEn: "Zhejiang Provincial Department of Commerce",
  nameZh: "浙江省商务厅",
  nameRu: "Департамент коммерции провинции Чжэцзян",
  city: "Hangzhou",
  timeZone: "Asia/Shanghai",
};

export const organizers = [
  { name: "Chen Jing", email: "organizer@fairbridge.demo", locale: "zh" as const },
  { name: "Wang Lei", email: "organizer2@fairbridge.demo", locale: "en" as const },
];

export const interpreters = [
  {
    name: "Anna Li (Li Anna)",
    email: "interpreter@fairbridge.demo",
    languages: ["zh", "ru", "en"],
    locale: "ru" as const,
    timeZone: "Asia/Shanghai",
  },
  {
    name: "Zhou Min",
    email: "interpreter2@fairbridge.demo",
    languages: ["zh", "ru"],
    locale: "zh" as const,
    timeZone: "Asia/Shanghai",
  },
  {
    name: "Olga Sokolova",
    email: "interpreter3@fairbridge.demo",
    languages: ["ru", "zh", "en"],
    locale: "ru" as const,
    timeZone: "Europe/Moscow",
  },
];

export const fair = {
  slug: "zhejiang-export-russia-2022",
  nameEn: "2022 Zhejiang Export Online Fair (Russia)",
  nameZh: "2022浙江出口网上交易会（俄罗斯）",
  nameRu: "Онлайн-ярмарка экспорта провинции Чжэцзян 2022 (Россия)",
  descriptionEn:
    "Hosted by the Zhejiang Provincial Department of Commerce: Zhejiang manufacturers present their products in live streams and listings, and Russian importers and retail chains meet them in one-on-one video negotiations with interpreters.",
  descriptionZh:
    "由浙江省商务厅主办：浙江企业通过直播和产品展示推介产品，俄罗斯进口商和零售商在翻译协助下与企业一对一视频洽谈。",
  descriptionRu:
    "Организатор — Департамент коммерции провинции Чжэцзян: производители Чжэцзяна представляют продукцию в прямых эфирах и каталоге, а российские импортёры и торговые сети проводят с ними видеопереговоры один на один с переводчиками.",
  timeZone: "Asia/Shanghai",
  startDate: "2022-06-21",
  endDate: "2022-10-20",
};

/**
 * When the 2022 participants registered: history is recorded at the instant it
 * happened, before the first session opened (the lifecycle and the database both
 * refuse a registration created after its session ended).
 */
export const registrationsOpenedAt = new Date("2022-06-01T00:00:00+08:00");

/** The daily meeting window of every session, in the fair's zone (Asia/Shanghai). */
export const dailyWindow = {
  dailyStart: "10:00",
  dailyEnd: "18:00",
  slotMinutes: 20,
  breaks: [{ start: "12:00", end: "13:00" }],
};

/** The five industry sessions without their dates: every edition of the fair has them (see upcoming-fair.ts). */
export const industrySessions = [
  {
    slug: "fabric-accessories",
    titleEn: "Fabric and Accessories",
    titleZh: "纺织面辅料专场",
    titleRu: "Ткани и фурнитура",
    categorySlugs: ["fabrics", "garment-accessories"],
  },
  {
    slug: "safety-fire-protection",
    titleEn: "Safety and Fire Protection",
    titleZh: "安防消防专场",
    titleRu: "Безопасность и пожарная защита",
    categorySlugs: ["fire-protection", "security-equipment", "personal-protection"],
  },
  {
    slug: "toys-children",
    titleEn: "Toys and Children's Products",
    titleZh: "玩具及婴童用品专场",
    titleRu: "Игрушки и детские товары",
    categorySlugs: ["toys", "baby-products"],
  },
  {
    slug: "down-jacket",
    titleEn: "Down Jackets",
    titleZh: "羽绒服专场",
    titleRu: "Пуховики",
    categorySlugs: ["down-apparel"],
  },
  {
    slug: "pharma-medical",
    titleEn: "Pharmaceutical and Medical",
    titleZh: "医药医疗专场",
    titleRu: "Фармацевтика и медицина",
    categorySlugs: ["medical-consumables", "medical-devices", "pharmaceuticals"],
  },
];

/** The 2022 edition's session dates. */
const dates2022: Record<string, { startDate: string; endDate: string }> = {
  "fabric-accessories": { startDate: "2022-06-21", endDate: "2022-06-22" },
  "safety-fire-protection": { startDate: "2022-07-12", endDate: "2022-07-13" },
  "toys-children": { startDate: "2022-08-09", endDate: "2022-08-10" },
  "down-jacket": { startDate: "2022-09-06", endDate: "2022-09-07" },
  "pharma-medical": { startDate: "2022-10-18", endDate: "2022-10-20" },
};

export const sessions = industrySessions.map((session, position) => ({
  ...session,
  ...dates2022[session.slug],
  ...dailyWindow,
  position,
}));

export const categories = [
  { slug: "fabrics", nameEn: "Fabrics", nameZh: "面料", nameRu: "Ткани", hsChapters: ["52", "54", "55", "60"] },
  {
    slug: "garment-accessories",
    nameEn: "Garment accessories",
    nameZh: "服装辅料",
    nameRu: "Швейная фурнитура",
    hsChapters: ["58", "96"],
  },
  {
    slug: "fire-protection",
    nameEn: "Fire protection equipment",
    nameZh: "消防器材",
    nameRu: "Противопожарное оборудование",
    hsChapters: ["84", "85"],
  },
  {
    slug: "security-equipment",
    nameEn: "Security and surveillance",
    nameZh: "安防设备",
    nameRu: "Охранное оборудование",
    hsChapters: ["85"],
  },
  {
    slug: "personal-protection",
    nameEn: "Personal protective equipment",
    nameZh: "个人防护用品",
    nameRu: "Средства индивидуальной защиты",
    hsChapters: ["39", "40", "62", "65"],
  },
  { slug: "toys", nameEn: "Toys", nameZh: "玩具", nameRu: "Игрушки", hsChapters: ["95"] },
  {
    slug: "baby-products",
    nameEn: "Baby and children's products",
    nameZh: "婴童用品",
    nameRu: "Товары для детей",
    hsChapters: ["61", "62", "87", "94"],
  },
  {
    slug: "down-apparel",
    nameEn: "Down jackets and down apparel",
    nameZh: "羽绒服装",
    nameRu: "Пуховики и пуховая одежда",
    hsChapters: ["62"],
  },
  {
    slug: "medical-consumables",
    nameEn: "Medical consumables",
    nameZh: "医用耗材",
    nameRu: "Медицинские расходные материалы",
    hsChapters: ["30", "40", "90"],
  },
  {
    slug: "medical-devices",
    nameEn: "Medical devices",
    nameZh: "医疗器械",
    nameRu: "Медицинские изделия",
    hsChapters: ["90"],
  },
  {
    slug: "pharmaceuticals",
    nameEn: "Pharmaceuticals",
    nameZh: "药品",
    nameRu: "Лекарственные средства",
    hsChapters: ["30"],
  },
].map((category, position) => ({ ...category, position }));
