/**
 * Open purchasing requirements of the demo buyers, written the way Russian importers
 * write them (some also in English), each fitting products the demo suppliers list,
 * so matching has something real to recommend. Made through createRequirement, so
 * every rule of real requirements applies. Idempotent: a buyer that already posted
 * requirements is skipped.
 */
import { db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { updateBuyerProfile } from "@/lib/buyers/update-buyer-profile";
import type { RequirementInput } from "@/lib/requirements/schemas";
import { fair as stockFair, registrationsOpenedAt } from "./demo-fair";

type DemoRequirement = {
  buyer: string; // e-mail of the buyer's contact person
  categorySlug: string;
  /** Needed by this many days after it was posted (a past date is refused). */
  neededInDays: number | null;
  /**
   * Posted for this session of the 2022 edition, at the time registrations opened:
   * history the buyer finds in an ended session and can carry over to the next edition.
   */
  postedIn2022Session?: string;
  requirement: Omit<RequirementInput, "categoryId" | "neededBy">;
};

export const demoRequirements: DemoRequirement[] = [
  {
    buyer: "buyer@fairbridge.demo",
    categorySlug: "fabrics",
    neededInDays: 75,
    requirement: {
      textRu:
        "Ткань понже из полиэстера 240T с водоотталкивающей пропиткой для подкладки пуховиков и курток, ширина 150 см, тёмные цвета.",
      textEn: "Polyester pongee 240T with water-repellent finish for down jacket linings, 150 cm wide, dark colours.",
      quantity: "20000",
      unit: "meter",
      targetPrice: "0.70",
      currency: "USD",
      requiredCertifications: ["OEKO-TEX"],
      incoterm: "FOB",
      destinationCity: "Москва",
    },
  },
  {
    buyer: "buyer@fairbridge.demo",
    categorySlug: "down-apparel",
    neededInDays: 120,
    requirement: {
      textRu: "Пуховики мужские на утином пуху 90/10, ветрозащитная ткань, съёмный капюшон, размеры 46–56.",
      textEn: "Men's down jackets, 90/10 duck down, windproof shell, detachable hood, sizes 46–56.",
      quantity: "2000",
      unit: "piece",
      targetPrice: "48",
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "FOB",
      destinationCity: "Москва",
    },
  },
  {
    buyer: "buyer@fairbridge.demo",
    categorySlug: "garment-accessories",
    neededInDays: 60,
    postedIn2022Session: "fabric-accessories",
    requirement: {
      textRu: "Молнии нейлоновые № 5, разъёмные, длина 60–70 см, цвета по Pantone, для курток.",
      quantity: "50000",
      unit: "piece",
      targetPrice: "0.10",
      currency: "USD",
      incoterm: "FOB",
      destinationCity: "Москва",
    },
  },
  {
    buyer: "spb.fabric@fairbridge.demo",
    categorySlug: "fabrics",
    neededInDays: 90,
    requirement: {
      textRu: "Ткань поликоттон 65/35 с печатью для постельного белья, ширина 220 см, рисунок по образцу.",
      quantity: "15000",
      unit: "meter",
      targetPrice: "110",
      currency: "RUB",
      incoterm: "CIF",
      destinationCity: "Санкт-Петербург",
    },
  },
  {
    buyer: "kazan.safety@fairbridge.demo",
    categorySlug: "fire-protection",
    neededInDays: 45,
    requirement: {
      textRu: "Огнетушители порошковые ОП-4 (ABC) с манометром и кронштейном, сертификат ЕАС обязателен.",
      textEn: "4 kg ABC dry powder fire extinguishers with gauge and bracket; EAC certificate required.",
      quantity: "1500",
      unit: "piece",
      targetPrice: "11.50",
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "EXW",
      destinationCity: "Казань",
    },
  },
  {
    buyer: "ekb.security@fairbridge.demo",
    categorySlug: "fire-protection",
    neededInDays: 100,
    requirement: {
      textRu: "Автономные дымовые пожарные извещатели с литиевой батареей на 10 лет для жилых домов.",
      quantity: "5000",
      unit: "piece",
      targetPrice: "5",
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "FOB",
      destinationCity: "Екатеринбург",
    },
  },
  {
    buyer: "khv.safety@fairbridge.demo",
    categorySlug: "personal-protection",
    neededInDays: 70,
    requirement: {
      textRu: "Каски защитные строительные из ABS-пластика с регулируемым оголовьем, оранжевые и белые.",
      quantity: "3000",
      unit: "piece",
      requiredCertifications: ["EAC"],
      incoterm: "DAP",
      destinationCity: "Хабаровск",
    },
  },
  {
    buyer: "nsk.toys@fairbridge.demo",
    categorySlug: "toys",
    neededInDays: 80,
    requirement: {
      textRu: "Мягкие игрушки «медвежонок» 25–35 см из гипоаллергенного плюша к Новому году.",
      textEn: "Plush teddy bears 25–35 cm, hypoallergenic plush, for the New Year season.",
      quantity: "4000",
      unit: "piece",
      targetPrice: "3.20",
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "FOB",
      destinationCity: "Новосибирск",
    },
  },
  {
    buyer: "krsk.down@fairbridge.demo",
    categorySlug: "down-apparel",
    neededInDays: 110,
    requirement: {
      textRu: "Пуховики женские удлинённые для сибирской зимы, пух не менее 80%, тёплый капюшон.",
      quantity: "1200",
      unit: "piece",
      targetPrice: "55",
      currency: "USD",
      requiredCertifications: ["EAC"],
      incoterm: "FOB",
      destinationCity: "Красноярск",
    },
  },
  {
    buyer: "vvo.apparel@fairbridge.demo",
    categorySlug: "down-apparel",
    neededInDays: 95,
    requirement: {
      textRu: "Пуховики детские на рост 104–146, яркие цвета, светоотражающие элементы.",
      textEn: "Children's down jackets, heights 104–146, bright colours, reflective details.",
      quantity: "800",
      unit: "piece",
      targetPrice: "1600",
      currency: "CNY",
      incoterm: "FOB",
      destinationCity: "Владивосток",
    },
  },
  {
    buyer: "msk.pharma@fairbridge.demo",
    categorySlug: "medical-consumables",
    neededInDays: 50,
    requirement: {
      textRu: "Перчатки смотровые нитриловые неопудренные, размеры S–XL, в коробках по 100 штук.",
      quantity: "800",
      unit: "carton",
      targetPrice: "30",
      currency: "USD",
      requiredCertifications: ["ISO 13485"],
      incoterm: "CIF",
      destinationCity: "Москва",
    },
  },
  {
    buyer: "samara.med@fairbridge.demo",
    categorySlug: "medical-devices",
    neededInDays: null,
    requirement: {
      textRu: "Термометры медицинские электронные с гибким наконечником, для аптечных сетей.",
      quantity: "10000",
      unit: "piece",
      requiredCertifications: ["CE"],
      destinationCity: "Самара",
    },
  },
];

function daysAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedRequirements(): Promise<void> {
  const categoryIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((category) => [category.slug, category.id]),
  );
  const posted = new Set<string>();
  for (const { buyer, categorySlug, neededInDays, requirement, postedIn2022Session } of demoRequirements) {
    const user = await db.user.findUnique({ where: { email: buyer }, select: { id: true, organizationId: true } });
    const actor = user ? await loadActor(user.id) : null;
    if (!actor || !user?.organizationId) throw new Error(`seed: demo buyer ${buyer} is missing`);
    // A buyer that posted on an earlier run is left as it is.
    if (
      !posted.has(buyer) &&
      (await db.purchasingRequirement.count({ where: { organizationId: user.organizationId } }))
    )
      continue;
    posted.add(buyer);
    await speakRussian(actor, user.organizationId, buyer === "buyer@fairbridge.demo");
    const categoryId = categoryIds.get(categorySlug);
    if (!categoryId) throw new Error(`seed: unknown category ${categorySlug}`);
    const posted2022 = postedIn2022Session ? await sessionOf2022(postedIn2022Session) : null;
    const now = posted2022 ? registrationsOpenedAt : new Date();
    await createRequirement(
      actor,
      {
        ...requirement,
        categoryId,
        neededBy: neededInDays === null ? "" : daysAfter(now, neededInDays),
        sessionId: posted2022?.id ?? "",
      },
      { now },
    );
  }
}

async function sessionOf2022(slug: string) {
  return db.fairSession.findFirstOrThrow({ where: { slug, fair: { slug: stockFair.slug } }, select: { id: true } });
}

/** Demo buyers speak Russian (the main demo buyer also English), so the language factor has something to compare. */
async function speakRussian(actor: Actor, organizationId: string, english: boolean) {
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  await updateBuyerProfile(actor, {
    nameRu: organization.nameRu ?? organization.nameEn ?? "",
    nameEn: organization.nameEn,
    nameZh: organization.nameZh,
    city: organization.city,
    timeZone: organization.timeZone,
    annualImport: null,
    annualImportCurrency: null,
    categoryIds: [],
    languages: english ? ["ru", "en"] : ["ru"],
  });
}
