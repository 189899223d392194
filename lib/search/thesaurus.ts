/**
 * The fair's trade thesaurus: words that name the same kind of goods (or the same
 * material, part or wearer) in English, Russian and Chinese, one group a line. A
 * query word found in a group also matches the group's other words (analyzer.ts),
 * so "саржа" finds a twill written only in English or Chinese and "медведь" finds
 * "мишка"; and a product's name counts as naming a query concept in any of its
 * languages (productRankSql).
 *
 * A member is a word (Russian as its lemma, English in any form: both are
 * analyzed like any text; Chinese as a word, which the segmenter is also given so
 * documents keep it whole, or a single character) or a phrase of words ("down
 * jacket"): a phrase in a query lends the group's words to each of its words, and
 * a phrase in a product's text adds the group's words to its document there
 * (synonyms.ts). Rules for an entry: words a buyer of the fair's five sessions
 * takes for the same thing, not merely related ones (no "toy" in the doll group,
 * or every toy would be a doll); a group may hold a category's synonyms (those are
 * in every document of the category anyway, organizers edit them per category).
 * English members are compared by their Porter stem: leave out a word whose stem
 * another word shares ("cloth" is the stem of "clothing", in every garment's HS
 * words). Each group costs a query a few more alternatives; documents grow only
 * by phrases.
 */
type Group = { en: string[]; ru: string[]; zh: string[] };

const members = (list: string) =>
  list
    .split(",")
    .map((word) => word.trim())
    .filter(Boolean);
const g = (en: string, ru: string, zh: string): Group => ({ en: members(en), ru: members(ru), zh: members(zh) });

// A table, one group a line (kept as written).
// prettier-ignore
export const thesaurus: Group[] = [
  // Fabrics and garment accessories
  g("fabric", "ткань", "面料, 布料"),
  g("cotton", "хлопок", "棉, 棉花"),
  g("", "", "纯棉, 全棉"),
  g("twill", "саржа", "斜纹"),
  g("poplin", "поплин", "府绸"),
  g("canvas", "брезент, парусина", "帆布"),
  g("denim", "деним", "牛仔布"),
  g("polyester", "полиэстер", "涤纶"),
  g("nylon", "нейлон", "尼龙"),
  g("linen, flax", "лен", "亚麻"),
  g("silk", "шелк", "丝绸, 真丝"),
  g("jersey", "трикотаж", "汗布"),
  g("pongee", "понже", "春亚纺"),
  g("oxford", "оксфорд", "牛津布"),
  g("spandex, elastane", "спандекс, эластан", "氨纶"),
  g("zipper, zip", "молния", "拉链"),
  g("button", "пуговица", "纽扣"),
  g("label", "этикетка", "织唛, 商标"),
  g("webbing", "тесьма", "织带"),
  g("metal", "металл, металлический", "金属"),
  g("brass", "латунь, латунный", "铜"),
  // Fire protection, security, personal protection
  g("extinguisher", "огнетушитель", "灭火器"),
  g("powder", "порошок, порошковый", "干粉"),
  g("foam", "пена, пенный", "泡沫"),
  g("smoke", "дым, дымовой", "烟雾"),
  g("detector, sensor", "извещатель, датчик", "探测器"),
  g("hose", "рукав, шланг", "水带"),
  g("hydrant", "гидрант", "消火栓"),
  g("sprinkler", "спринклер, ороситель", "喷淋头"),
  g("camera", "камера", "摄像机, 摄像头"),
  g("surveillance, cctv", "видеонаблюдение", "监控"),
  g("recorder", "видеорегистратор, регистратор", "录像机"),
  g("intercom", "домофон, видеодомофон", "对讲"),
  g("helmet", "каска, шлем", "安全帽, 头盔"),
  g("glove", "перчатка", "手套"),
  g("respirator", "респиратор", ""),
  g("mask", "маска", "口罩"),
  g("goggles", "очки", "眼镜"),
  g("shoe, boot, footwear", "обувь, ботинок", "鞋"),
  g("vest, waistcoat, gilet", "жилет", "马甲, 背心"),
  g("reflective", "светоотражающий, световозвращающий", "反光"),
  // Toys and children's products
  g("plush, soft", "плюш, плюшевый, мягкий", "毛绒"),
  g("bear", "медведь, мишка", "熊"),
  g("teddy", "тедди", "泰迪"),
  g("bunny, rabbit, hare", "заяц, зайка, кролик", "兔子"),
  g("block, brick", "конструктор, блок", "积木"),
  g("remote, remote control, radio controlled", "радиоуправляемый", "遥控"),
  g("car", "машина, машинка, автомобиль", "车, 汽车"),
  g("puzzle, jigsaw", "пазл, головоломка", "拼图"),
  g("doll", "кукла", "娃娃"),
  g("stroller, pram, pushchair", "коляска", "婴儿车, 推车"),
  g("crib, cot", "кроватка", "婴儿床"),
  g("romper", "комбинезон, боди", "连体衣"),
  g("wooden", "деревянный", "木制, 实木"),
  // Down apparel
  g("down", "пух", "羽绒"),
  g("puffer, down jacket, down coat, down parka", "пуховик, пуховая куртка, пуховое пальто", "羽绒服"),
  g("jacket", "куртка", "夹克"),
  g("coat", "пальто", "大衣"),
  g("parka", "парка", "派克"),
  g("goose", "гусь, гусиный", "鹅绒, 鹅"),
  g("duck", "утка, утиный", "鸭绒, 鸭"),
  g("men, male", "мужской", "男士, 男式, 男"),
  g("women, female, ladies", "женский", "女士, 女式, 女"),
  g("children, child, kids", "детский, ребенок", "儿童, 童"),
  // Medical consumables, devices, pharmaceuticals
  g("surgical", "хирургический", "外科"),
  g("syringe", "шприц", "注射器"),
  g("bandage", "бинт", "绷带"),
  g("gauze", "марля, марлевый", "纱布"),
  g("thermometer", "термометр, градусник", "温度计, 体温计, 额温枪"),
  g("tonometer, sphygmomanometer, blood pressure monitor", "тонометр", "血压计"),
  g("oximeter", "пульсоксиметр, оксиметр", "血氧仪"),
  g("nebulizer, inhaler", "небулайзер, ингалятор", "雾化器"),
  g("wheelchair", "", "轮椅"),
  g("infusion", "инфузионный", "输液器, 输液"),
  g("tablet", "таблетка", "片剂"),
  g("capsule", "капсула", "胶囊"),
  g("paracetamol, acetaminophen", "парацетамол", "对乙酰氨基酚"),
  g("ibuprofen", "ибупрофен", "布洛芬"),
  g("antibiotic", "антибиотик", "抗生素"),
  g("amoxicillin", "амоксициллин", "阿莫西林"),
  g("vitamin", "витамин", "维生素"),
];

/** The thesaurus's Chinese words of two or more characters (the segmenter keeps them whole). */
export const thesaurusChineseWords: string[] = [
  ...new Set(thesaurus.flatMap((group) => group.zh).filter((word) => [...word].length > 1)),
];
