import { db } from "@/lib/db";

/**
 * The words buyers and suppliers use for the fair's categories besides their names
 * (organizers edit them in the console). They enter every product's search document.
 */
export const categorySynonyms: Record<string, { en: string[]; zh: string[]; ru: string[] }> = {
  fabrics: {
    en: ["fabric", "cloth", "textile", "material"],
    zh: ["面料", "布", "布料", "织物", "纺织品"],
    ru: ["ткань", "материал", "полотно", "текстиль"],
  },
  "garment-accessories": {
    en: ["trims", "haberdashery", "buttons", "zippers", "labels"],
    zh: ["辅料", "纽扣", "拉链", "织带"],
    ru: ["фурнитура", "пуговицы", "молнии", "тесьма"],
  },
  "fire-protection": {
    en: ["firefighting", "fire safety"],
    zh: ["消防", "消防设备"],
    ru: ["пожарное оборудование", "пожарная безопасность"],
  },
  "security-equipment": {
    en: ["security", "surveillance", "CCTV", "alarm"],
    zh: ["安防", "监控", "报警"],
    ru: ["видеонаблюдение", "охрана", "сигнализация"],
  },
  "personal-protection": {
    en: ["PPE", "protective", "safety wear"],
    zh: ["劳保", "防护用品", "劳保用品"],
    ru: ["СИЗ", "спецодежда", "защитная одежда"],
  },
  toys: {
    en: ["toy", "plaything", "game"],
    zh: ["玩具", "儿童玩具", "玩偶"],
    ru: ["игрушки", "игрушка", "детские игрушки"],
  },
  "baby-products": {
    en: ["baby", "kids", "children", "infant"],
    zh: ["母婴", "儿童用品", "婴儿用品"],
    ru: ["детские товары", "малыш", "младенец"],
  },
  "down-apparel": {
    en: ["down jacket", "puffer", "parka", "winter jacket"],
    zh: ["羽绒服", "羽绒", "棉服"],
    ru: ["пуховик", "зимняя куртка", "парка"],
  },
  "medical-consumables": {
    en: ["disposables", "medical supplies"],
    zh: ["耗材", "一次性医疗用品"],
    ru: ["расходники", "медицинские расходники"],
  },
  "medical-devices": {
    en: ["medical equipment", "medical instruments"],
    zh: ["医疗设备", "医疗仪器"],
    ru: ["медицинское оборудование", "медтехника"],
  },
  pharmaceuticals: {
    en: ["medicines", "drugs", "pharma"],
    zh: ["药物", "医药"],
    ru: ["лекарства", "медикаменты", "фармацевтика"],
  },
};

/** Adds the synonyms of the seeded categories (by slug); existing ones are kept. */
export async function seedCategorySynonyms(): Promise<void> {
  const categories = await db.category.findMany({
    where: { slug: { in: Object.keys(categorySynonyms) } },
    select: { id: true, slug: true },
  });
  await db.categorySynonym.createMany({
    data: categories.flatMap((category) =>
      (["en", "zh", "ru"] as const).flatMap((language) =>
        categorySynonyms[category.slug]![language].map((term) => ({ categoryId: category.id, language, term })),
      ),
    ),
    skipDuplicates: true,
  });
}
