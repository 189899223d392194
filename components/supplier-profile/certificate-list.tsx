import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { SupplierProfile } from "@/lib/suppliers/get-own-supplier-profile";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { RemoveCertificateButton } from "./remove-certificate-button";

type Props = { certificates: SupplierProfile["certificates"]; locale: AppLocale; today: Date };

/** The supplier's certificates with their validity; an expired one is marked. */
export async function CertificateList({ certificates, locale, today }: Props) {
  const t = await getTranslations("products.profile");
  if (certificates.length === 0) return <p className="text-sm text-slate-500">{t("noCertificates")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="certificate-list">
      {certificates.map((certificate) => {
        const expired = certificate.expiresOn !== null && certificate.expiresOn < today;
        return (
          <li key={certificate.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="min-w-0">
              <p className="font-medium break-words">{localized(certificate.type, "name", locale)}</p>
              <p className="text-sm break-all text-slate-600">
                {certificate.number} ·{" "}
                {certificate.expiresOn
                  ? t("validUntil", { date: formatDate(certificate.expiresOn, locale) })
                  : t("noExpiry")}
                {expired ? (
                  <Badge tone="danger" className="ml-2">
                    {t("expired")}
                  </Badge>
                ) : null}
              </p>
            </div>
            <RemoveCertificateButton
              certificateId={certificate.id}
              label={t("removeCertificateLabel", { type: certificate.typeCode, number: certificate.number })}
            />
          </li>
        );
      })}
    </ul>
  );
}
