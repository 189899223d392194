/**
 * Demo negative list: what a Zhejiang export fair to Russia typically refuses.
 * Call from prisma/seed.ts after the organizer exists:
 *   await seedNegativeList(organizer);
 * Pharmaceuticals are deliberately NOT blocked: the fair has a pharmaceutical
 * and medical session, and those products pass through normal certification.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addNegativeListEntry } from "@/lib/negative-list/add-entry";
import type { AddNegativeListEntryInput } from "@/lib/negative-list/schemas";

const arms = {
  reasonEn: "Weapons and ammunition require state export licences and are not traded at this fair.",
  reasonZh: "武器弹药出口须取得国家出口许可，不在本展会交易范围内。",
  reasonRu: "Оружие и боеприпасы требуют государственной экспортной лицензии и не продаются на этой ярмарке.",
};
const ivory = {
  reasonEn: "Ivory trade is banned under CITES and Chinese law.",
  reasonZh: "根据《濒危野生动植物种国际贸易公约》和中国法律，禁止象牙贸易。",
  reasonRu: "Торговля слоновой костью запрещена конвенцией СИТЕС и законодательством КНР.",
};

export const demoNegativeListEntries: AddNegativeListEntryInput[] = [
  { kind: "HS_PREFIX", hsPrefix: "9301", ...arms },
  { kind: "HS_PREFIX", hsPrefix: "9306", ...arms },
  { kind: "KEYWORD", keyword: "ivory", ...ivory },
  { kind: "KEYWORD", keyword: "слоновая кость", ...ivory },
  { kind: "KEYWORD", keyword: "象牙", ...ivory },
  {
    kind: "KEYWORD",
    keyword: "烟花",
    ...fireworks(),
  },
  { kind: "KEYWORD", keyword: "fireworks", ...fireworks() },
];

function fireworks() {
  return {
    reasonEn: "Fireworks are dangerous goods (UN class 1) and cannot be shipped under the fair's logistics programme.",
    reasonZh: "烟花爆竹属于第1类危险品，无法通过本展会物流项目运输。",
    reasonRu: "Пиротехника относится к опасным грузам класса 1 и не перевозится по логистической программе ярмарки.",
  };
}

/** Adds the demo entries through the domain function; does nothing when the list already has entries. */
export async function seedNegativeList(organizer: Actor): Promise<void> {
  if ((await db.negativeListEntry.count()) > 0) return;
  for (const entry of demoNegativeListEntries) await addNegativeListEntry(organizer, entry);
}
