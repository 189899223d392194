/**
 * Short descriptions of the HS chapters the fair's categories use, in the three
 * languages, so that a product's HS code reaches a buyer who searches in a
 * language its own texts lack ("огнетушитель" for a product written only in
 * Chinese under 8424). A chapter missing here adds only its digits.
 */
export const hsChapterWords: Record<string, { en: string; zh: string; ru: string }> = {
  "30": { en: "pharmaceutical products medicines", zh: "药品 医药", ru: "фармацевтическая продукция лекарства" },
  "39": { en: "plastics articles", zh: "塑料 制品", ru: "пластмассы изделия" },
  "40": { en: "rubber articles", zh: "橡胶制品", ru: "резиновые изделия" },
  "52": { en: "cotton yarn woven fabrics", zh: "棉花 棉布 面料", ru: "хлопок пряжа хлопчатобумажная ткань" },
  "54": {
    en: "man-made filaments synthetic fabrics polyester",
    zh: "化学纤维长丝 化纤面料 涤纶",
    ru: "химические нити синтетическая ткань полиэстер",
  },
  "55": { en: "man-made staple fibres fabrics", zh: "化学纤维短纤 混纺面料", ru: "химические волокна ткань" },
  "58": {
    en: "special woven fabrics lace trimmings labels",
    zh: "特种机织物 花边 织带 商标",
    ru: "специальные ткани кружево тесьма этикетки",
  },
  "60": { en: "knitted fabrics", zh: "针织物 针织面料", ru: "трикотажное полотно" },
  "61": { en: "knitted apparel clothing", zh: "针织服装", ru: "трикотажная одежда" },
  "62": { en: "apparel clothing not knitted", zh: "非针织服装", ru: "одежда нетрикотажная" },
  "63": { en: "made-up textile articles", zh: "纺织制成品", ru: "готовые текстильные изделия" },
  "65": { en: "headgear hats helmets", zh: "帽类 头盔", ru: "головные уборы каски" },
  "84": { en: "machinery mechanical appliances", zh: "机械器具", ru: "машины механические устройства" },
  "85": { en: "electrical equipment", zh: "电气设备", ru: "электрооборудование" },
  "87": { en: "vehicles prams strollers", zh: "车辆 婴儿车", ru: "транспортные средства детские коляски" },
  "90": {
    en: "medical instruments optical apparatus",
    zh: "医疗器械 光学仪器",
    ru: "медицинские инструменты оптические приборы",
  },
  "94": { en: "furniture bedding lamps", zh: "家具 寝具 灯具", ru: "мебель постельные принадлежности светильники" },
  "95": { en: "toys games sports equipment", zh: "玩具 游戏 运动用品", ru: "игрушки игры спортивный инвентарь" },
  "96": { en: "miscellaneous manufactured articles", zh: "杂项制品", ru: "разные готовые изделия" },
};

/**
 * Descriptions of the HS headings (4 digits) the fair's products most often carry:
 * the heading's own words, never examples of it (every toy is under 9503: "plush
 * toys" there made every toy match "мягкие игрушки"; 6201 is men's coats of any
 * filling, not down jackets).
 */
export const hsHeadingWords: Record<string, { en: string; zh: string; ru: string }> = {
  "5208": { en: "cotton woven fabrics", zh: "棉机织物 棉布", ru: "хлопчатобумажные ткани хлопок" },
  "5209": { en: "cotton woven fabrics heavy", zh: "棉机织物 棉布", ru: "хлопчатобумажные ткани хлопок" },
  "5407": {
    en: "synthetic filament woven fabrics polyester",
    zh: "合成纤维长丝机织物 涤纶",
    ru: "ткани из синтетических нитей полиэстер",
  },
  "5513": { en: "polyester cotton blended fabrics", zh: "涤棉混纺布", ru: "смесовые ткани полиэстер хлопок" },
  "6201": { en: "coats anoraks jackets men", zh: "男式大衣 夹克", ru: "пальто куртки мужские" },
  "6202": { en: "coats anoraks jackets women", zh: "女式大衣 夹克", ru: "пальто куртки женские" },
  "6307": { en: "made-up articles face masks", zh: "纺织制品 口罩", ru: "текстильные изделия маски" },
  "6506": { en: "safety helmets headgear", zh: "安全帽", ru: "защитные каски" },
  "4015": { en: "rubber gloves", zh: "橡胶手套", ru: "резиновые перчатки" },
  "8424": { en: "fire extinguishers spraying appliances", zh: "灭火器 喷射器具", ru: "огнетушители распылители" },
  "8531": { en: "alarms signalling apparatus smoke detectors", zh: "报警器 信号装置", ru: "сигнализация извещатели" },
  "9025": { en: "thermometers", zh: "温度计 体温计", ru: "термометры градусники" },
  "9503": { en: "toys", zh: "玩具", ru: "игрушки" },
  "9606": { en: "buttons", zh: "纽扣", ru: "пуговицы" },
  "9607": { en: "zippers slide fasteners", zh: "拉链", ru: "молнии застежки" },
};

/** The words an HS code adds to a document: its digits, heading, chapter and the chapter's descriptions. */
export function hsCodeText(hsCode: string): string {
  const digits = hsCode.replace(/\D/g, "");
  if (digits.length < 2) return "";
  const codes = [digits, digits.slice(0, 4), digits.slice(0, 6)].filter((code, i, all) => all.indexOf(code) === i);
  const described = [hsChapterWords[digits.slice(0, 2)], hsHeadingWords[digits.slice(0, 4)]];
  return [codes.join(" "), ...described.map((words) => (words ? `${words.en} ${words.zh} ${words.ru}` : ""))].join(" ");
}
