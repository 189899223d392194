/**
 * The meetings of the live session, placed by slot around the seeding instant
 * (slot 0 holds it): what a newcomer signing in as the demo buyer or supplier finds.
 * The demo pair meets in two slots in a row, so a meeting of theirs is in progress
 * for the 15 to 30 minutes after seeding, however long the demo takes to start.
 */
import type { MeetingOutcomeKind } from "@/lib/generated/prisma/enums";

const buyer = "buyer@fairbridge.demo";
const supplier = "supplier@fairbridge.demo";
const interpreter = "interpreter@fairbridge.demo";

/** A stay in the room, in minutes after the slot's start; "now": until the seeding instant. */
type Visit = { email: string; joined: number; left: number | "now" };

export type LiveMeetingPlan = {
  key: "finished" | "noShow" | "inProgress" | "next";
  slot: number;
  from: string;
  to: string;
  needsInterpreter: boolean;
  message: string;
  visits: Visit[];
  outcomes: { email: string; outcome: MeetingOutcomeKind; note: string }[];
};

export const liveMeetings: LiveMeetingPlan[] = [
  {
    key: "finished",
    slot: -2,
    from: buyer,
    to: "yiwu.button@fairbridge.demo",
    needsInterpreter: false,
    message: "Resin buttons for children's jackets: Pantone colours, logo engraving, minimum order.",
    visits: [
      { email: "yiwu.button@fairbridge.demo", joined: -2, left: 15 },
      { email: buyer, joined: 1, left: 15 },
    ],
    outcomes: [
      { email: buyer, outcome: "SAMPLE_REQUESTED", note: "Образцы 15 мм в шести цветах курьером в Москву." },
      {
        email: "yiwu.button@fairbridge.demo",
        outcome: "QUOTATION_SENT",
        note: "已发送 15 毫米树脂纽扣 FOB 宁波报价。",
      },
    ],
  },
  {
    // The buyer from Vladivostok never came; the supplier and the interpreter waited 12 minutes.
    key: "noShow",
    slot: -1,
    from: supplier,
    to: "vvo.apparel@fairbridge.demo",
    needsInterpreter: true,
    message: "我们为童装提供 290T 防泼水春亚纺，希望介绍新色卡。",
    visits: [
      { email: supplier, joined: 0, left: 12 },
      { email: interpreter, joined: 0, left: 12 },
    ],
    outcomes: [],
  },
  {
    // Both sides came on time; restarting the demo dropped their connections (see live-meetings.ts).
    key: "inProgress",
    slot: 0,
    from: buyer,
    to: supplier,
    needsInterpreter: true,
    message: "Шифон с цифровой печатью для летних платьев: образцы, минимальная партия, цены FOB Нинбо.",
    visits: [
      { email: supplier, joined: 0, left: "now" },
      { email: buyer, joined: 0, left: "now" },
      { email: interpreter, joined: 0, left: "now" },
    ],
    outcomes: [],
  },
  {
    key: "next",
    slot: 1,
    from: supplier,
    to: buyer,
    needsInterpreter: true,
    message: "续谈：确认色样和发往莫斯科的交货期。",
    visits: [],
    outcomes: [],
  },
];
