/** Markets Zhejiang exporters typically name; shown with Intl's country names in each language. */
export const exportMarketCodes = [
  "RU",
  "KZ",
  "BY",
  "UZ",
  "KG",
  "TJ",
  "AM",
  "AZ",
  "GE",
  "MN",
  "US",
  "CA",
  "MX",
  "BR",
  "DE",
  "FR",
  "GB",
  "IT",
  "ES",
  "NL",
  "PL",
  "TR",
  "AE",
  "SA",
  "EG",
  "NG",
  "ZA",
  "IN",
  "JP",
  "KR",
  "VN",
  "TH",
  "MY",
  "ID",
  "AU",
] as const;

/** ISO 639-1 codes of languages a supplier's sales team may speak. */
export const supplierLanguageCodes = ["zh", "en", "ru", "ja", "ko", "de", "fr", "es", "ar", "pt", "tr"] as const;

export const staffSizes = ["1-49", "50-199", "200-499", "500-999", "1000+"] as const;

/** The certificate types every installation starts with; organizers add more. */
export const defaultCertificateTypes = [
  {
    code: "EAC",
    nameEn: "EAC (Eurasian Conformity)",
    nameZh: "EAC 欧亚经济联盟认证",
    nameRu: "EAC (сертификат/декларация ЕАЭС)",
  },
  { code: "CE", nameEn: "CE marking", nameZh: "CE 认证", nameRu: "Маркировка CE" },
  {
    code: "ISO 9001",
    nameEn: "ISO 9001 quality management",
    nameZh: "ISO 9001 质量管理体系",
    nameRu: "ISO 9001 (система менеджмента качества)",
  },
  {
    code: "ISO 13485",
    nameEn: "ISO 13485 medical devices QMS",
    nameZh: "ISO 13485 医疗器械质量管理体系",
    nameRu: "ISO 13485 (медицинские изделия)",
  },
  { code: "GOST R", nameEn: "GOST R certificate", nameZh: "GOST R 俄罗斯国家标准认证", nameRu: "Сертификат ГОСТ Р" },
  {
    code: "OEKO-TEX",
    nameEn: "OEKO-TEX Standard 100",
    nameZh: "OEKO-TEX 生态纺织品认证",
    nameRu: "OEKO-TEX Standard 100",
  },
] as const;
