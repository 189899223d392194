/**
 * Word lists for the generated benchmark catalogue: what Zhejiang exporters in
 * the five demo sessions really list, in Chinese, Russian and English. A product
 * name is a modifier plus a noun ("男士" + "羽绒服", "Пуховик" + "для мужчин",
 * "Men's" + "down jacket"); Russian modifiers are phrases that need no agreement.
 */
type Trio = [zh: string, ru: string, en: string];
export type Noun = { name: Trio; hsCode: string; unit: string; usdCents: number };
export type CategoryWords = { nouns: Noun[]; modifiers: Trio[]; materials: Trio[]; certifications: string[] };

const noun = (zh: string, ru: string, en: string, hsCode: string, unit: string, usdCents: number): Noun => ({
  name: [zh, ru, en],
  hsCode,
  unit,
  usdCents,
});

export const wordsByCategory: Record<string, CategoryWords> = {
  fabrics: {
    nouns: [
      noun("牛津布", "Ткань оксфорд", "Oxford fabric", "5407520000", "meter", 120),
      noun("纯棉府绸", "Поплин хлопковый", "Cotton poplin", "5208210000", "meter", 180),
      noun("涤棉混纺布", "Ткань полиэфир-хлопок", "Polyester-cotton blend fabric", "5513110000", "meter", 140),
      noun("针织汗布", "Трикотажное полотно кулирка", "Single jersey knit fabric", "6006220000", "kilogram", 520),
      noun("摇粒绒面料", "Флис", "Polar fleece fabric", "6001920000", "meter", 260),
      noun("亚麻布", "Льняная ткань", "Linen fabric", "5309110000", "meter", 480),
      noun("羽绒布", "Пуходержащая ткань", "Downproof fabric", "5407610000", "meter", 210),
    ],
    modifiers: [
      ["防水", "с водоотталкивающей пропиткой", "Water-repellent"],
      ["阻燃", "с огнезащитной пропиткой", "Flame-retardant"],
      ["宽幅150cm", "шириной 150 см", "150 cm wide"],
      ["有机", "из органического сырья", "Organic"],
      ["印花", "с набивным рисунком", "Printed"],
      ["抗起球", "с защитой от катышков", "Anti-pilling"],
    ],
    materials: [
      ["100%涤纶", "100% полиэстер", "100% polyester"],
      ["100%棉", "100% хлопок", "100% cotton"],
      ["65%涤纶35%棉", "65% полиэстер, 35% хлопок", "65% polyester, 35% cotton"],
      ["55%亚麻45%棉", "55% лён, 45% хлопок", "55% linen, 45% cotton"],
    ],
    certifications: ["OEKO-TEX", "EAC", "ISO 9001"],
  },
  "garment-accessories": {
    nouns: [
      noun("树脂纽扣", "Пуговицы пластиковые", "Resin buttons", "9606210000", "piece", 3),
      noun("金属拉链", "Молния металлическая", "Metal zipper", "9607110000", "piece", 25),
      noun("尼龙拉链", "Молния нейлоновая", "Nylon zipper", "9607190000", "piece", 12),
      noun("织唛商标", "Тканые этикетки", "Woven labels", "5807100000", "piece", 4),
      noun("松紧带", "Резинка бельевая", "Elastic band", "5806200000", "meter", 8),
      noun("涤纶缝纫线", "Швейные нитки полиэфирные", "Polyester sewing thread", "5508100000", "roll", 35),
      noun("魔术贴", "Лента-липучка", "Hook and loop tape", "5806320000", "meter", 10),
    ],
    modifiers: [
      ["定制", "на заказ", "Custom"],
      ["环保", "по стандарту OEKO-TEX", "OEKO-TEX certified"],
      ["彩色", "разных цветов", "Multicolour"],
      ["批发", "оптом", "Wholesale"],
      ["服装用", "для одежды", "Garment"],
      ["高强度", "повышенной прочности", "High-strength"],
    ],
    materials: [
      ["尼龙", "нейлон", "nylon"],
      ["涤纶", "полиэстер", "polyester"],
      ["黄铜", "латунь", "brass"],
      ["树脂", "полимерная смола", "resin"],
    ],
    certifications: ["OEKO-TEX", "ISO 9001"],
  },
  "fire-protection": {
    nouns: [
      noun("干粉灭火器", "Огнетушитель порошковый", "Dry powder fire extinguisher", "8424100000", "piece", 1450),
      noun("二氧化碳灭火器", "Огнетушитель углекислотный", "CO2 fire extinguisher", "8424100000", "piece", 2600),
      noun("消防水带", "Рукав пожарный напорный", "Fire hose", "5909000000", "roll", 3800),
      noun("烟雾报警器", "Дымовой извещатель", "Smoke detector", "8531100000", "piece", 650),
      noun("消防应急灯", "Светильник аварийный", "Emergency light", "9405400000", "piece", 900),
      noun("室内消火栓", "Пожарный кран", "Indoor fire hydrant valve", "8481808199", "piece", 2200),
      noun("自动喷淋头", "Спринклерный ороситель", "Fire sprinkler head", "8424890000", "piece", 180),
    ],
    modifiers: [
      ["4公斤", "массой 4 кг", "4 kg"],
      ["商用", "для коммерческих помещений", "Commercial"],
      ["工业用", "для промышленных объектов", "Industrial"],
      ["家用", "для дома", "Household"],
      ["符合EN3标准", "по стандарту EN3", "EN3-compliant"],
      ["便携式", "в компактном корпусе", "Portable"],
    ],
    materials: [
      ["钢制筒体", "стальной корпус", "steel cylinder"],
      ["铝合金", "алюминиевый сплав", "aluminium alloy"],
      ["阻燃ABS", "огнестойкий АБС-пластик", "flame-retardant ABS"],
      ["黄铜阀门", "латунный клапан", "brass valve"],
    ],
    certifications: ["EAC", "GOST R", "CE"],
  },
  "security-equipment": {
    nouns: [
      noun("网络摄像机", "IP-камера видеонаблюдения", "IP surveillance camera", "8525890000", "piece", 3500),
      noun("硬盘录像机", "Видеорегистратор", "Network video recorder", "8521909000", "piece", 7800),
      noun("门禁控制器", "Контроллер доступа", "Access control panel", "8471500000", "piece", 4200),
      noun("可视门铃", "Видеодомофон", "Video doorbell", "8517620000", "piece", 2900),
      noun("红外探测器", "Датчик движения инфракрасный", "PIR motion detector", "8531100000", "piece", 750),
      noun("智能门锁", "Замок электронный", "Smart door lock", "8301400000", "piece", 5600),
    ],
    modifiers: [
      ["400万像素", "с разрешением 4 Мп", "4MP"],
      ["无线", "с Wi-Fi", "Wireless"],
      ["室外防水", "для улицы (IP67)", "Outdoor IP67"],
      ["带夜视", "с ночной съёмкой", "Night-vision"],
      ["人脸识别", "с распознаванием лиц", "Face-recognition"],
      ["太阳能供电", "с солнечной панелью", "Solar-powered"],
    ],
    materials: [
      ["铝合金外壳", "алюминиевый корпус", "aluminium housing"],
      ["ABS外壳", "корпус из АБС-пластика", "ABS housing"],
      ["锌合金", "цинковый сплав", "zinc alloy"],
      ["钢化玻璃面板", "панель из закалённого стекла", "tempered glass panel"],
    ],
    certifications: ["CE", "EAC", "ISO 9001"],
  },
  "personal-protection": {
    nouns: [
      noun("防护口罩", "Респиратор", "Respirator mask", "6307909800", "piece", 45),
      noun("安全帽", "Каска защитная", "Safety helmet", "6506100000", "piece", 320),
      noun("防护手套", "Перчатки защитные", "Protective gloves", "6116100000", "pair", 90),
      noun("反光背心", "Жилет сигнальный", "Reflective safety vest", "6211430000", "piece", 160),
      noun("劳保鞋", "Ботинки рабочие", "Safety shoes", "6403400000", "pair", 1450),
      noun("护目镜", "Очки защитные", "Safety goggles", "9004909000", "piece", 110),
      noun("防护服", "Комбинезон защитный", "Protective coverall", "6210100000", "piece", 520),
    ],
    modifiers: [
      ["防静电", "с антистатической защитой", "Anti-static"],
      ["防割", "с защитой от порезов", "Cut-resistant"],
      ["耐高温", "для работы при высоких температурах", "Heat-resistant"],
      ["轻便", "облегчённой конструкции", "Lightweight"],
      ["符合EN标准", "по стандарту EN", "EN-certified"],
      ["高可见", "повышенной видимости", "High-visibility"],
    ],
    materials: [
      ["丁腈涂层", "нитриловое покрытие", "nitrile coating"],
      ["聚碳酸酯", "поликарбонат", "polycarbonate"],
      ["无纺布", "нетканый материал", "non-woven fabric"],
      ["牛皮", "натуральная кожа", "cowhide leather"],
    ],
    certifications: ["CE", "EAC", "GOST R"],
  },
  toys: {
    nouns: [
      noun("毛绒玩具", "Мягкая игрушка", "Plush toy", "9503004100", "piece", 260),
      noun("积木", "Конструктор", "Building blocks", "9503003500", "set", 640),
      noun("遥控汽车", "Машинка на радиоуправлении", "Remote control car", "9503003000", "piece", 1250),
      noun("拼图", "Пазл", "Jigsaw puzzle", "9503006100", "set", 180),
      noun("益智玩具", "Развивающая игрушка", "Educational toy", "9503009500", "piece", 390),
      noun("洋娃娃", "Кукла", "Fashion doll", "9503002100", "piece", 450),
      noun("木制玩具", "Игрушка деревянная", "Wooden toy", "9503006900", "piece", 330),
    ],
    modifiers: [
      ["儿童", "для детей от 3 лет", "Kids'"],
      ["环保材料", "из экологичных материалов", "Eco-friendly"],
      ["声光", "со световыми и звуковыми эффектами", "Light-and-sound"],
      ["大号", "большого размера", "Large"],
      ["卡通", "в мультяшном стиле", "Cartoon"],
      ["磁力", "на магнитах", "Magnetic"],
    ],
    materials: [
      ["短毛绒", "плюш", "short plush"],
      ["ABS塑料", "АБС-пластик", "ABS plastic"],
      ["榉木", "бук", "beech wood"],
      ["食品级硅胶", "пищевой силикон", "food-grade silicone"],
    ],
    certifications: ["EAC", "CE", "ISO 9001"],
  },
  "baby-products": {
    nouns: [
      noun("婴儿连体衣", "Боди для новорождённых", "Baby bodysuit", "6111200000", "piece", 280),
      noun("婴儿推车", "Коляска детская", "Baby stroller", "8715001000", "piece", 6500),
      noun("儿童餐椅", "Стульчик для кормления", "Baby high chair", "9401710009", "piece", 2400),
      noun("婴儿背带", "Рюкзак-кенгуру", "Baby carrier", "6307909800", "piece", 1100),
      noun("儿童睡袋", "Спальный мешок детский", "Baby sleeping bag", "9404400000", "piece", 950),
      noun("奶瓶", "Бутылочка для кормления", "Baby feeding bottle", "3924100000", "piece", 190),
    ],
    modifiers: [
      ["纯棉", "из хлопка", "Cotton"],
      ["新生儿", "для новорождённых", "Newborn"],
      ["多功能", "с расширенными функциями", "Multi-function"],
      ["轻便", "облегчённой конструкции", "Lightweight"],
      ["有机", "из органических материалов", "Organic"],
      ["四季通用", "для круглогодичного использования", "All-season"],
    ],
    materials: [
      ["精梳棉", "гребенной хлопок", "combed cotton"],
      ["铝合金车架", "алюминиевая рама", "aluminium frame"],
      ["PP材料", "полипропилен", "polypropylene"],
      ["竹纤维", "бамбуковое волокно", "bamboo fibre"],
    ],
    certifications: ["EAC", "OEKO-TEX", "CE"],
  },
  "down-apparel": {
    nouns: [
      noun("羽绒服", "Пуховик", "Down jacket", "6201400000", "piece", 2800),
      noun("羽绒马甲", "Жилет пуховый", "Down vest", "6201400000", "piece", 1600),
      noun("羽绒大衣", "Пальто пуховое", "Down coat", "6202400000", "piece", 4200),
      noun("羽绒裤", "Брюки пуховые", "Down trousers", "6203430000", "piece", 2100),
      noun("轻薄羽绒服", "Куртка пуховая лёгкая", "Lightweight down jacket", "6201400000", "piece", 2300),
      noun("派克大衣", "Парка", "Parka", "6201400000", "piece", 3600),
      noun("羽绒被", "Одеяло пуховое", "Down duvet", "9404900000", "piece", 3900),
    ],
    modifiers: [
      ["男士", "для мужчин", "Men's"],
      ["女士", "для женщин", "Women's"],
      ["儿童", "для детей", "Children's"],
      ["连帽", "с капюшоном", "Hooded"],
      ["90%白鸭绒", "с наполнителем из белого утиного пуха 90%", "90% white duck down"],
      ["长款", "удлинённого кроя", "Long"],
    ],
    materials: [
      ["尼龙面料", "нейлоновая ткань", "nylon shell"],
      ["涤纶面料", "полиэфирная ткань", "polyester shell"],
      ["白鹅绒填充", "наполнитель — белый гусиный пух", "white goose down filling"],
      ["灰鸭绒填充", "наполнитель — серый утиный пух", "grey duck down filling"],
    ],
    certifications: ["OEKO-TEX", "EAC"],
  },
  "medical-consumables": {
    nouns: [
      noun("医用口罩", "Маска медицинская", "Medical face mask", "6307909800", "box", 350),
      noun("一次性注射器", "Шприц одноразовый", "Disposable syringe", "9018311000", "box", 600),
      noun("医用手套", "Перчатки медицинские", "Medical examination gloves", "4015120009", "box", 520),
      noun("医用纱布", "Марля медицинская", "Medical gauze", "3005909900", "roll", 240),
      noun("输液器", "Система для переливания", "Infusion set", "9018390000", "box", 900),
      noun("医用棉签", "Ватные палочки медицинские", "Medical cotton swabs", "3005909900", "box", 120),
    ],
    modifiers: [
      ["无菌", "в стерильной упаковке", "Sterile"],
      ["独立包装", "в индивидуальной упаковке", "Individually packed"],
      ["医院用", "для больниц", "Hospital-grade"],
      ["丁腈", "из нитрила", "Nitrile"],
      ["大包装", "в упаковке по 100 шт.", "Bulk 100-pack"],
      ["符合EN标准", "по стандарту EN", "EN-standard"],
    ],
    materials: [
      ["熔喷布", "мельтблаун", "meltblown fabric"],
      ["医用级PP", "медицинский полипропилен", "medical-grade PP"],
      ["脱脂棉", "обезжиренный хлопок", "absorbent cotton"],
      ["丁腈橡胶", "нитриловый каучук", "nitrile rubber"],
    ],
    certifications: ["ISO 13485", "CE", "EAC"],
  },
  "medical-devices": {
    nouns: [
      noun("电子血压计", "Тонометр электронный", "Digital blood pressure monitor", "9018190000", "piece", 1500),
      noun("红外体温计", "Термометр инфракрасный", "Infrared thermometer", "9025198000", "piece", 850),
      noun("指夹式血氧仪", "Пульсоксиметр", "Fingertip pulse oximeter", "9018190000", "piece", 700),
      noun("制氧机", "Кислородный концентратор", "Oxygen concentrator", "9019200000", "piece", 32000),
      noun("雾化器", "Ингалятор-небулайзер", "Nebulizer", "9019200000", "piece", 2100),
      noun("医用轮椅", "Кресло-коляска", "Wheelchair", "8713100000", "piece", 9500),
      noun("听诊器", "Стетоскоп", "Stethoscope", "9018900000", "piece", 600),
    ],
    modifiers: [
      ["家用", "для дома", "Home-use"],
      ["便携式", "в компактном корпусе", "Portable"],
      ["医院用", "для больниц", "Hospital-grade"],
      ["带蓝牙", "с Bluetooth", "Bluetooth"],
      ["儿童", "для детей", "Paediatric"],
      ["可充电", "с аккумулятором", "Rechargeable"],
    ],
    materials: [
      ["医用ABS", "медицинский АБС-пластик", "medical ABS"],
      ["不锈钢", "нержавеющая сталь", "stainless steel"],
      ["铝合金", "алюминиевый сплав", "aluminium alloy"],
      ["硅胶", "силикон", "silicone"],
    ],
    certifications: ["ISO 13485", "CE", "EAC"],
  },
  pharmaceuticals: {
    nouns: [
      noun("维生素C片", "Витамин C в таблетках", "Vitamin C tablets", "3004500000", "box", 150),
      noun("布洛芬片", "Ибупрофен в таблетках", "Ibuprofen tablets", "3004900002", "box", 180),
      noun("对乙酰氨基酚片", "Парацетамол в таблетках", "Paracetamol tablets", "3004900002", "box", 120),
      noun("阿莫西林胶囊", "Амоксициллин в капсулах", "Amoxicillin capsules", "3004100000", "box", 260),
      noun("板蓝根颗粒", "Гранулы исатиса", "Isatis root granules", "3004900002", "box", 210),
      noun("葡萄糖注射液", "Раствор глюкозы для инфузий", "Glucose injection", "3004900002", "carton", 1900),
    ],
    modifiers: [
      ["500毫克", "500 мг", "500 mg"],
      ["100片装", "по 100 шт.", "100-count"],
      ["GMP认证", "производства по GMP", "GMP-certified"],
      ["出口装", "в экспортной упаковке", "Export-packed"],
      ["儿童", "для детей", "Paediatric"],
      ["缓释", "с пролонгированным действием", "Extended-release"],
    ],
    materials: [
      ["铝塑泡罩包装", "блистерная упаковка", "aluminium-plastic blister"],
      ["HDPE瓶装", "флакон из ПЭВП", "HDPE bottle"],
      ["玻璃瓶", "стеклянный флакон", "glass vial"],
      ["复合膜袋", "пакет из многослойной плёнки", "laminated sachet"],
    ],
    certifications: ["ISO 9001", "EAC"],
  },
};

/** One description per language, from a product name and a material. */
export function describe(name: Trio, material: Trio): Trio {
  return [
    `${name[0]}，${material[0]}，工厂直供，支持OEM/ODM定制，交期稳定，可提供出口俄罗斯所需文件。`,
    `${name[1]}. Материал: ${material[1]}. Прямые поставки с фабрики, производство под вашей маркой (OEM/ODM), стабильные сроки, документы для ввоза в Россию.`,
    `${name[2]}. Material: ${material[2]}. Factory-direct, OEM/ODM available, reliable lead times and export documents for Russia.`,
  ];
}

/** Brand syllables of supplier names: Chinese, pinyin, Russian (Palladius) transcription. */
export const brandHeads: Trio[] = [
  ["恒达", "Хэнда", "Hengda"],
  ["佳利", "Цзяли", "Jiali"],
  ["新宇", "Синьюй", "Xinyu"],
  ["华美", "Хуамэй", "Huamei"],
  ["永盛", "Юншэн", "Yongsheng"],
  ["金辉", "Цзиньхуэй", "Jinhui"],
  ["瑞丰", "Жуйфэн", "Ruifeng"],
  ["天成", "Тяньчэн", "Tiancheng"],
  ["鼎盛", "Диншэн", "Dingsheng"],
  ["宏远", "Хунъюань", "Hongyuan"],
  ["东方", "Дунфан", "Dongfang"],
  ["海天", "Хайтянь", "Haitian"],
  ["联创", "Ляньчуан", "Lianchuang"],
  ["嘉禾", "Цзяхэ", "Jiahe"],
  ["润泽", "Жуньцзэ", "Runze"],
  ["明阳", "Минъян", "Mingyang"],
  ["锦绣", "Цзиньсю", "Jinxiu"],
  ["凯达", "Кайда", "Kaida"],
  ["长青", "Чанцин", "Changqing"],
  ["安泰", "Аньтай", "Antai"],
];
export const brandTails: Trio[] = [
  ["兴", "син", "xing"],
  ["昌", "чан", "chang"],
  ["隆", "лун", "long"],
  ["源", "юань", "yuan"],
  ["泰", "тай", "tai"],
  ["丰", "фэн", "feng"],
  ["利", "ли", "li"],
  ["华", "хуа", "hua"],
  ["达", "да", "da"],
  ["鑫", "синь", "xin"],
];

/** Industry word of a supplier's name, by the demo session it mainly exhibits in. */
export const industryBySession: Record<string, Trio> = {
  "fabric-accessories": ["纺织", "Текстиль", "Textile"],
  "safety-fire-protection": ["消防科技", "Пожарная безопасность", "Fire Safety Technology"],
  "toys-children": ["玩具", "Игрушки", "Toys"],
  "down-jacket": ["服饰", "Одежда", "Garment"],
  "pharma-medical": ["医疗器械", "Медтехника", "Medical Equipment"],
};

/** Zhejiang cities (lib/geo/cities.ts ids), stored by their English name as sign-up does. */
export const supplierCities: Trio[] = [
  ["杭州", "Ханчжоу", "Hangzhou"],
  ["宁波", "Нинбо", "Ningbo"],
  ["慈溪", "Цыси", "Cixi"],
  ["绍兴", "Шаосин", "Shaoxing"],
  ["义乌", "Иу", "Yiwu"],
  ["温州", "Вэньчжоу", "Wenzhou"],
  ["平湖", "Пинху", "Pinghu"],
  ["嘉兴", "Цзясин", "Jiaxing"],
  ["湖州", "Хучжоу", "Huzhou"],
  ["台州", "Тайчжоу", "Taizhou"],
  ["金华", "Цзиньхуа", "Jinhua"],
  ["永康", "Юнкан", "Yongkang"],
];
