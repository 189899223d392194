import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { buttonVariants } from "@/components/ui/button";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth.signUp.checkEmail" });
  return { title: t("title") };
}

/** The one answer to every accepted sign-up, whether or not the address was registered before. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth.signUp.checkEmail");

  return (
    <div className="mx-auto max-w-lg">
      <Card className="space-y-4" data-testid="check-email">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("body")}</p>
        <p className="text-slate-700">{t("next")}</p>
        <p className="text-sm text-slate-500">{t("missing")}</p>
        <Link href="/login" className={buttonVariants({ variant: "secondary" })}>
          {t("toSignIn")}
        </Link>
      </Card>
    </div>
  );
}
