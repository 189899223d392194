import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmEmail, type ConfirmEmailResult } from "@/lib/email-verification/confirm-email";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { buttonVariants } from "@/components/ui/button";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.verifyEmail" });
  return { title: t("title") };
}

const tones: Record<ConfirmEmailResult, "success" | "warning"> = {
  confirmed: "success",
  alreadyConfirmed: "success",
  expired: "warning",
  invalid: "warning",
};

/** The page the mailed confirmation link opens: confirms the address and says what comes next. */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("auth.verifyEmail");
  const result = await confirmEmail(token);
  const done = result === "confirmed" || result === "alreadyConfirmed";

  return (
    <div className="mx-auto max-w-lg">
      <Card className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone={tones[result]} role="status" data-testid="verify-email-result" data-result={result}>
          {t(result)}
        </Alert>
        {done ? <p className="text-slate-700">{t("next")}</p> : null}
        <Link href="/login" className={buttonVariants({ variant: done ? "primary" : "secondary" })}>
          {t("signIn")}
        </Link>
      </Card>
    </div>
  );
}
