/** Company profiles and certificates of a few demo suppliers (the rest keep their sign-up data). */
import type { CertificateInput, SupplierProfileInput } from "@/lib/suppliers/schemas";

type DemoProfile = { email: string; profile: SupplierProfileInput; certificates: CertificateInput[] };

export const demoSupplierProfiles: DemoProfile[] = [
  {
    email: "supplier@fairbridge.demo",
    profile: {
      nameZh: "绍兴柯桥华纺纺织有限公司",
      nameEn: "Shaoxing Keqiao Huafang Textile Co., Ltd.",
      nameRu: "Шаосин Кэцяо Хуафан Текстиль",
      city: "Shaoxing",
      yearFounded: "2006",
      staffSize: "200-499",
      exportMarkets: ["RU", "KZ", "UZ", "TR", "AE"],
      languages: ["zh", "en", "ru"],
      descriptionZh: "位于柯桥中国轻纺城，专业生产涤纶梭织面料，年产能3000万米，自有染整车间。",
      descriptionEn:
        "Based at the China Textile City in Keqiao; woven polyester fabrics, 30 million metres a year, in-house dyeing and finishing.",
      descriptionRu:
        "Находимся в Китайском текстильном городе Кэцяо; тканые полиэфирные ткани, 30 млн метров в год, собственное крашение и отделка.",
    },
    certificates: [
      { typeCode: "OEKO-TEX", number: "21.HCN.12345", expiresOn: "2027-03-31" },
      { typeCode: "ISO 9001", number: "CN-QMS-2019-0456", expiresOn: "2026-12-15" },
    ],
  },
  {
    email: "pinghu.down@fairbridge.demo",
    profile: {
      nameZh: "平湖市雪羽服饰有限公司",
      nameEn: "Pinghu Xueyu Apparel Co., Ltd.",
      nameRu: "Пинху Сюэюй Одежда",
      city: "Pinghu",
      yearFounded: "2004",
      staffSize: "500-999",
      exportMarkets: ["RU", "KZ", "BY", "MN", "KG"],
      languages: ["zh", "ru"],
      descriptionZh: "平湖羽绒服产业带代工企业，为俄罗斯和中亚品牌生产羽绒服二十年。",
      descriptionEn:
        "Down jacket maker in the Pinghu apparel cluster; twenty years of production for Russian and Central Asian brands.",
      descriptionRu:
        "Производитель пуховиков из швейного кластера Пинху; двадцать лет шьём для российских и среднеазиатских брендов.",
    },
    certificates: [{ typeCode: "EAC", number: "ЕАЭС N RU Д-CN.РА01.В.54321/23", expiresOn: "2028-01-31" }],
  },
  {
    email: "ningbo.fire@fairbridge.demo",
    profile: {
      nameZh: "宁波安盾消防设备有限公司",
      nameEn: "Ningbo Andun Fire Equipment Co., Ltd.",
      city: "Ningbo",
      yearFounded: "2011",
      staffSize: "50-199",
      exportMarkets: ["RU", "KZ", "AE", "SA", "VN"],
      languages: ["zh", "en"],
      descriptionZh: "生产干粉、二氧化碳和水基灭火器，年产量200万具。",
      descriptionEn: "Dry powder, CO2 and water-based fire extinguishers; 2 million units a year.",
    },
    certificates: [
      { typeCode: "EAC", number: "ЕАЭС RU C-CN.ПБ74.В.00123/22", expiresOn: "2027-06-30" },
      { typeCode: "CE", number: "CE-0036-PED-2022-118" },
    ],
  },
];
