/** What the requirement form needs from the server: choices in plain, serializable shapes. */
export type NamedChoice = { value: string; nameEn: string; nameZh: string; nameRu: string };
export type CityChoice = { value: string; label: string };

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
    | "neededBy",
    string
  >
>;
