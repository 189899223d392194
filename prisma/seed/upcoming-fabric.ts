/**
 * What is already going on in the upcoming edition's fabric session when the demo
 * opens: requirements pinned to it, requests nobody answered yet, mutual interest,
 * an organizer's proposal and a few booked meetings, so the organizer's
 * auto-scheduler (issue 6) has real work and the meeting pages are not empty.
 *
 * Participants (all approved, registered in the fabric session):
 *   suppliers (Asia/Shanghai): supplier@ (Huafang), lanhua.textile@, yiwu.button@, wenzhou.zipper@
 *   buyers: buyer@ (Moscow), spb.fabric@ (St Petersburg, Europe/Moscow),
 *           vvo.apparel@ (Vladivostok), krsk.down@ (Krasnoyarsk, this edition only)
 * The pairs buyer@–supplier@ and spb.fabric@–supplier@ are left untouched: the
 * booking journeys of e2e/meetings.spec.ts start from a clean slate there.
 * Times are clock times in the fair's zone (Asia/Shanghai) on session day 0 or 1.
 */
import type { RequirementInput } from "@/lib/requirements/schemas";

export const fabricSessionSlug = "fabric-accessories";

/** Organizations that join this edition in more sessions than in 2022. */
export const extraRegistrations: Record<string, string[]> = {
  "krsk.down@fairbridge.demo": [fabricSessionSlug],
};

type UpcomingRequirement = {
  key: string;
  buyer: string;
  categorySlug: string;
  requirement: Omit<RequirementInput, "categoryId" | "neededBy">;
};

/** Requirements the buyers pinned to the upcoming fabric session (neededBy: 90 days after seeding). */
export const upcomingRequirements: UpcomingRequirement[] = [
  {
    key: "chiffon",
    buyer: "buyer@fairbridge.demo",
    categorySlug: "fabrics",
    requirement: {
      textRu: "Шифон из полиэстера с цифровой печатью для летних платьев, 75D, рисунок по образцу заказчика.",
      textEn: "Printed polyester chiffon for summer dresses, 75D, digital print to the customer's pattern.",
      quantity: "15000",
      unit: "meter",
      targetPrice: "1.10",
      currency: "USD",
      requiredCertifications: ["OEKO-TEX"],
      incoterm: "FOB",
      destinationCity: "Москва",
    },
  },
  {
    key: "kids-trims",
    buyer: "buyer@fairbridge.demo",
    categorySlug: "garment-accessories",
    requirement: {
      textRu: "Молнии нейлоновые № 5 и пуговицы из смолы 15–20 мм для детских курток, цвета по Pantone.",
      textEn: "No. 5 nylon zippers and 15–20 mm resin buttons for children's jackets, Pantone colours.",
      quantity: "60000",
      unit: "piece",
      destinationCity: "Москва",
    },
  },
  {
    key: "workwear-polycotton",
    buyer: "spb.fabric@fairbridge.demo",
    categorySlug: "fabrics",
    requirement: {
      textRu: "Ткань поликоттон 65/35 для спецодежды, 200–240 г/м², ширина 150 см, печать логотипа заказчика.",
      quantity: "30000",
      unit: "meter",
      targetPrice: "95",
      currency: "RUB",
      destinationCity: "Санкт-Петербург",
    },
  },
  {
    key: "kids-pongee",
    buyer: "vvo.apparel@fairbridge.demo",
    categorySlug: "fabrics",
    requirement: {
      textRu: "Ткань понже 290T с водоотталкивающей пропиткой для детских курток и комбинезонов, яркие цвета.",
      textEn: "Polyester pongee 290T, water-repellent, for children's jackets and overalls, bright colours.",
      quantity: "12000",
      unit: "meter",
      requiredCertifications: ["OEKO-TEX"],
      destinationCity: "Владивосток",
    },
  },
  {
    key: "kids-buttons",
    buyer: "vvo.apparel@fairbridge.demo",
    categorySlug: "garment-accessories",
    requirement: {
      textRu: "Пуговицы из смолы 15 мм ярких цветов для детской одежды, с гравировкой логотипа.",
      quantity: "200000",
      unit: "piece",
      destinationCity: "Владивосток",
    },
  },
  {
    key: "coat-lining",
    buyer: "krsk.down@fairbridge.demo",
    categorySlug: "fabrics",
    requirement: {
      textRu: "Подкладочная ткань из полиэстера (понже 210T) для женских удлинённых пуховиков, тёмные цвета.",
      quantity: "25000",
      unit: "meter",
      targetPrice: "0.65",
      currency: "USD",
      destinationCity: "Красноярск",
    },
  },
];

type At = { day: 0 | 1; at: string };
type Plan = { from: string; to: string; requirement?: string; needsInterpreter: boolean; message: string };

/** Requested and accepted at seeding: booked meetings the auto-scheduler must leave where they are. */
export const bookedMeetings: (Plan & At)[] = [
  {
    from: "vvo.apparel@fairbridge.demo",
    to: "supplier@fairbridge.demo",
    requirement: "kids-pongee",
    needsInterpreter: true,
    message: "Понже 290T для детских курток: цвета, пропитка и сроки отгрузки во Владивосток.",
    day: 0,
    at: "10:00",
  },
  {
    from: "buyer@fairbridge.demo",
    to: "yiwu.button@fairbridge.demo",
    requirement: "kids-trims",
    needsInterpreter: false,
    message: "Resin buttons 15–20 mm for children's jackets: colours, logo engraving, MOQ.",
    day: 0,
    at: "14:00",
  },
  {
    from: "spb.fabric@fairbridge.demo",
    to: "wenzhou.zipper@fairbridge.demo",
    needsInterpreter: true,
    message: "Молнии для спецодежды: разъёмные № 5, металл и нейлон, образцы.",
    day: 1,
    at: "15:00",
  },
];

/** Sent at seeding and not answered: PENDING, no slot (they stay open two weeks after seeding). */
export const pendingRequests: (Plan & { preferred: At[] })[] = [
  {
    from: "buyer@fairbridge.demo",
    to: "lanhua.textile@fairbridge.demo",
    requirement: "chiffon",
    needsInterpreter: true,
    message: "Шифон с цифровой печатью: образцы, минимальная партия и цены FOB Нинбо.",
    preferred: [
      { day: 0, at: "15:00" },
      { day: 1, at: "14:20" },
    ],
  },
  {
    from: "spb.fabric@fairbridge.demo",
    to: "yiwu.button@fairbridge.demo",
    needsInterpreter: false,
    message: "Пуговицы для спецодежды с логотипом, 20 мм.",
    preferred: [],
  },
  {
    from: "wenzhou.zipper@fairbridge.demo",
    to: "vvo.apparel@fairbridge.demo",
    needsInterpreter: true,
    message: "我们为童装提供彩色开尾拉链，希望介绍新款。",
    preferred: [{ day: 1, at: "10:00" }],
  },
  {
    from: "krsk.down@fairbridge.demo",
    to: "supplier@fairbridge.demo",
    requirement: "coat-lining",
    needsInterpreter: true,
    message: "Подкладка понже 210T для пуховиков: плотность, цвета, сроки.",
    preferred: [
      { day: 0, at: "11:00" },
      { day: 0, at: "16:00" },
    ],
  },
];

/** Both sides marked the pair INTERESTED (mutual interest), no request, no meeting. */
export const mutualInterest = [
  { requirement: "kids-trims", supplier: "wenzhou.zipper@fairbridge.demo" },
  { requirement: "workwear-polycotton", supplier: "lanhua.textile@fairbridge.demo" },
  { requirement: "kids-buttons", supplier: "yiwu.button@fairbridge.demo" },
];

/** The organizer proposes these pairs meet; no request, no meeting. */
export const organizerProposals = [
  {
    requirement: "coat-lining",
    supplier: "lanhua.textile@fairbridge.demo",
    priorityAdjustment: 1,
    note: "Lanhua dyes lining fabrics for down coats; worth a meeting before the down jacket session.",
  },
];

/** Interpreter shifts: interpreter@ on every day of every session; Zhou Min on the fabric session's 2nd afternoon. */
export const interpreterShifts = [
  {
    email: "interpreter@fairbridge.demo",
    sessions: "all" as const,
    days: "all" as const,
    start: "10:00",
    end: "18:00",
  },
  { email: "interpreter2@fairbridge.demo", sessions: [fabricSessionSlug], days: [1], start: "13:00", end: "18:00" },
];
