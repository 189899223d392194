/** What the product form starts from: text exactly as the inputs hold it. */
export type ProductFormDefaults = {
  nameZh: string;
  nameEn: string;
  nameRu: string;
  descriptionZh: string;
  descriptionEn: string;
  descriptionRu: string;
  categoryId: string;
  hsCode: string;
  moq: string;
  moqUnit: string;
  priceMin: string;
  priceMax: string;
  currency: string;
  leadTimeDays: string;
  certifications: string[];
};

export type ExistingImage = { id: string; thumbUrl: string };
export type Choice = { value: string; label: string };

export const emptyProductForm: ProductFormDefaults = {
  nameZh: "",
  nameEn: "",
  nameRu: "",
  descriptionZh: "",
  descriptionEn: "",
  descriptionRu: "",
  categoryId: "",
  hsCode: "",
  moq: "",
  moqUnit: "piece",
  priceMin: "",
  priceMax: "",
  currency: "CNY",
  leadTimeDays: "",
  certifications: [],
};
