import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";

type Certificate = {
  id: string;
  number: string;
  expiresOn: Date | null;
  type: { code: string; nameEn: string; nameZh: string; nameRu: string };
};

/** A supplier's certificates with number and validity; expired ones stay listed but marked. */
export async function CertificateList({
  certificates,
  locale,
  today,
}: {
  certificates: Certificate[];
  locale: AppLocale;
  today: Date;
}) {
  const t = await getTranslations("catalogue.supplier");
  if (certificates.length === 0) return <p className="text-sm text-slate-600">{t("noCertificates")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {certificates.map((certificate) => {
        const expired = certificate.expiresOn !== null && certificate.expiresOn < today;
        const date = certificate.expiresOn ? formatDate(certificate.expiresOn, locale) : null;
        return (
          <li key={certificate.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2.5">
            <div className="min-w-0">
              <p className="font-medium break-words text-slate-900">{localized(certificate.type, "name", locale)}</p>
              <p className="text-xs break-all text-slate-500">
                {t("certificateNumber", { number: certificate.number })}
              </p>
            </div>
            <Badge tone={expired ? "danger" : "success"}>
              {date ? (expired ? t("expired", { date }) : t("validUntil", { date })) : t("noExpiry")}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}
