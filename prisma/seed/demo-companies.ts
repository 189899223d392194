/** About 20 Zhejiang suppliers and 15 Russian buyers, in real cities and their real time zones. */
type Company = { email: string; name: string; nameEn: string; city: string; contact: string; sessions: string[]; status?: "PENDING" | "REJECTED" };

export const suppliers: Company[] = [
  { email: "supplier@fairbridge.demo", name: "绍兴柯桥华纺纺织有限公司", nameEn: "Shaoxing Keqiao Huafang Textile Co., Ltd.", city: "Shaoxing", contact: "Zhang Wei", sessions: ["fabric-accessories"] },
  { email: "lanhua.textile@fairbridge.demo", name: "绍兴兰华印染有限公司", nameEn: "Shaoxing Lanhua Printing & Dyeing Co., Ltd.", city: "Shaoxing", contact: "Li Na", sessions: ["fabric-accessories"] },
  { email: "yiwu.button@fairbridge.demo", name: "义乌市金扣服饰辅料有限公司", nameEn: "Yiwu Jinkou Garment Accessories Co., Ltd.", city: "Yiwu", contact: "Wu Fang", sessions: ["fabric-accessories"] },
  { email: "wenzhou.zipper@fairbridge.demo", name: "温州通达拉链有限公司", nameEn: "Wenzhou Tongda Zipper Co., Ltd.", city: "Wenzhou", contact: "Huang Jie", sessions: ["fabric-accessories"] },
  { email: "ningbo.fire@fairbridge.demo", name: "宁波安盾消防设备有限公司", nameEn: "Ningbo Andun Fire Equipment Co., Ltd.", city: "Ningbo", contact: "Xu Ming", sessions: ["safety-fire-protection"] },
  { email: "cixi.alarm@fairbridge.demo", name: "慈溪市恒安电器有限公司", nameEn: "Cixi Heng'an Electric Appliance Co., Ltd.", city: "Cixi", contact: "Sun Hao", sessions: ["safety-fire-protection"] },
  { email: "hangzhou.cctv@fairbridge.demo", name: "杭州视安科技有限公司", nameEn: "Hangzhou Shi'an Technology Co., Ltd.", city: "Hangzhou", contact: "Zhao Lin", sessions: ["safety-fire-protection"] },
  { email: "yongkang.ppe@fairbridge.demo", name: "永康市护盾劳保用品有限公司", nameEn: "Yongkang Hudun Safety Products Co., Ltd.", city: "Yongkang", contact: "Qian Yu", sessions: ["safety-fire-protection"] },
  { email: "yiwu.toys@fairbridge.demo", name: "义乌市乐童玩具有限公司", nameEn: "Yiwu Letong Toys Co., Ltd.", city: "Yiwu", contact: "Zhou Xin", sessions: ["toys-children"] },
  { email: "yunhe.wood@fairbridge.demo", name: "丽水云和木玩有限公司", nameEn: "Lishui Yunhe Wooden Toys Co., Ltd.", city: "Jinhua", contact: "Lu Yan", sessions: ["toys-children"] },
  { email: "ningbo.baby@fairbridge.demo", name: "宁波贝乐婴童用品有限公司", nameEn: "Ningbo Beile Baby Products Co., Ltd.", city: "Ningbo", contact: "Ma Li", sessions: ["toys-children"] },
  { email: "pinghu.down@fairbridge.demo", name: "平湖市雪羽服饰有限公司", nameEn: "Pinghu Xueyu Apparel Co., Ltd.", city: "Pinghu", contact: "Shen Qiang", sessions: ["down-jacket"] },
  { email: "jiaxing.down@fairbridge.demo", name: "嘉兴北极绒服装有限公司", nameEn: "Jiaxing Beijirong Garments Co., Ltd.", city: "Jiaxing", contact: "Gu Ping", sessions: ["down-jacket"] },
  { email: "huzhou.feather@fairbridge.demo", name: "湖州羽丰羽绒制品有限公司", nameEn: "Huzhou Yufeng Down Products Co., Ltd.", city: "Huzhou", contact: "Yao Bin", sessions: ["down-jacket"] },
  { email: "hangzhou.med@fairbridge.demo", name: "杭州康宁医疗器械有限公司", nameEn: "Hangzhou Kangning Medical Devices Co., Ltd.", city: "Hangzhou", contact: "Fang Hui", sessions: ["pharma-medical"] },
  { email: "taizhou.pharma@fairbridge.demo", name: "台州华康制药有限公司", nameEn: "Taizhou Huakang Pharmaceutical Co., Ltd.", city: "Taizhou", contact: "Jiang Tao", sessions: ["pharma-medical"] },
  { email: "ningbo.gloves@fairbridge.demo", name: "宁波洁护医用耗材有限公司", nameEn: "Ningbo Jiehu Medical Supplies Co., Ltd.", city: "Ningbo", contact: "He Yun", sessions: ["pharma-medical", "safety-fire-protection"] },
  { email: "wenzhou.mask@fairbridge.demo", name: "温州瑞安防护用品有限公司", nameEn: "Wenzhou Rui'an Protective Products Co., Ltd.", city: "Wenzhou", contact: "Lin Feng", sessions: ["pharma-medical"] },
  { email: "shaoxing.silk@fairbridge.demo", name: "绍兴丝路纺织品有限公司", nameEn: "Shaoxing Silk Road Textiles Co., Ltd.", city: "Shaoxing", contact: "Cao Jing", sessions: [], status: "PENDING" },
  { email: "cixi.heater@fairbridge.demo", name: "慈溪市暖阳电器有限公司", nameEn: "Cixi Nuanyang Appliances Co., Ltd.", city: "Cixi", contact: "Tang Rui", sessions: [], status: "PENDING" },
];

export const buyers: Company[] = [
  { email: "buyer@fairbridge.demo", name: "ООО «ТекстильИмпорт»", nameEn: "TextileImport LLC", city: "Moscow", contact: "Ирина Волкова", sessions: ["fabric-accessories", "down-jacket"] },
  { email: "spb.fabric@fairbridge.demo", name: "ООО «Невская мануфактура»", nameEn: "Nevskaya Manufaktura LLC", city: "Saint Petersburg", contact: "Дмитрий Орлов", sessions: ["fabric-accessories"] },
  { email: "kazan.safety@fairbridge.demo", name: "ООО «КазаньПожТорг»", nameEn: "KazanPozhTorg LLC", city: "Kazan", contact: "Ренат Галиев", sessions: ["safety-fire-protection"] },
  { email: "ekb.security@fairbridge.demo", name: "АО «Уралбезопасность»", nameEn: "Uralbezopasnost JSC", city: "Yekaterinburg", contact: "Сергей Пахомов", sessions: ["safety-fire-protection"] },
  { email: "nsk.toys@fairbridge.demo", name: "ООО «Сибирская игрушка»", nameEn: "Siberian Toy LLC", city: "Novosibirsk", contact: "Мария Кузнецова", sessions: ["toys-children"] },
  { email: "msk.kids@fairbridge.demo", name: "ООО «Детский мир Опт»", nameEn: "Detsky Mir Wholesale LLC", city: "Moscow", contact: "Анна Соколова", sessions: ["toys-children"] },
  { email: "krsk.down@fairbridge.demo", name: "ООО «Енисей Стиль»", nameEn: "Yenisei Style LLC", city: "Krasnoyarsk", contact: "Алексей Морозов", sessions: ["down-jacket"] },
  { email: "vvo.apparel@fairbridge.demo", name: "ООО «Приморье Одежда»", nameEn: "Primorye Apparel LLC", city: "Vladivostok", contact: "Наталья Ким", sessions: ["down-jacket", "fabric-accessories"] },
  { email: "irk.down@fairbridge.demo", name: "ООО «Байкал Текстиль»", nameEn: "Baikal Textile LLC", city: "Irkutsk", contact: "Павел Иванов", sessions: ["down-jacket"] },
  { email: "msk.pharma@fairbridge.demo", name: "АО «МедФармИмпорт»", nameEn: "MedPharmImport JSC", city: "Moscow", contact: "Елена Смирнова", sessions: ["pharma-medical"] },
  { email: "samara.med@fairbridge.demo", name: "ООО «Волга Медикал»", nameEn: "Volga Medical LLC", city: "Samara", contact: "Олег Фёдоров", sessions: ["pharma-medical"] },
  { email: "khv.safety@fairbridge.demo", name: "ООО «ДальСнаб»", nameEn: "DalSnab LLC", city: "Khabarovsk", contact: "Виктор Лебедев", sessions: ["safety-fire-protection", "pharma-medical"] },
  { email: "nn.retail@fairbridge.demo", name: "ООО «Волжская торговая сеть»", nameEn: "Volga Retail Chain LLC", city: "Nizhny Novgorod", contact: "Татьяна Попова", sessions: ["toys-children", "down-jacket"] },
  { email: "omsk.textile@fairbridge.demo", name: "ООО «Омсктекстиль»", nameEn: "Omsktextile LLC", city: "Omsk", contact: "Игорь Васильев", sessions: [], status: "PENDING" },
  { email: "kgd.trade@fairbridge.demo", name: "ООО «Балтик Трейд»", nameEn: "Baltic Trade LLC", city: "Kaliningrad", contact: "Юлия Новикова", sessions: [], status: "REJECTED" },
];
