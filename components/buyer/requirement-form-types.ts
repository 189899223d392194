/** What the requirement form needs from the server: choices in plain, serializable shapes. */
export type NamedChoice = { value: string; nameEn: string; nameZh: string; nameRu: string };
export type CityChoice = { value: string; label: string };
export type CategoryChoice = NamedChoice & { parentId: string | null };
/** A session the requirement may target, with the categories it offers (lib/requirements/targetable-sessions.ts). */
export type SessionChoice = { value: string; label: string; categoryIds: string[] };

export type RequirementFormValues = Partial<
  Record<
    | "categoryId"
    | "textRu"
    | "textEn"
    | "textZh"
    | "quantity"
    | "unit"
    | "targetPrice"
    | "currency"
    | "requiredCertifications"
    | "incoterm"
    | "destinationCity"
    | "neededBy"
    | "sessionId",
    string
  >
>;
