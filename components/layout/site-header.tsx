import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getActor } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { NavMenu } from "./nav-menu";
import { navigation } from "./site-navigation";

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("common");
  const actor = await getActor().catch((error) => {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must pass through
    return null; // a database that is down must not take the header with it
  });
  const { primary, more } = navigation(actor, t);

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-800">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-brand-700" />
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.label")} className="flex flex-1 items-center gap-1">
          {/* Phones get one menu; wider screens the links, with rarer pages (profile, settings) in "More". */}
          <NavMenu label={t("nav.menu")} items={[...primary, ...more]} className="md:hidden" />
          <div className="hidden flex-wrap items-center gap-1 md:flex">
            {primary.map((item) => (
              <Link
                key={item.href}
                href={item.href}
                className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900"
              >
                {item.label}
              </Link>
            ))}
            {more.length > 0 ? <NavMenu label={t("nav.more")} items={more} /> : null}
          </div>
        </nav>
        <div className="flex items-center gap-2">
          <LanguageSwitcher current={locale} signedIn={Boolean(actor)} />
          {actor ? (
            <>
              <Link
                href="/profile"
                className="hidden max-w-40 truncate text-sm text-slate-700 hover:underline sm:inline"
                title={actor.email}
              >
                {actor.organization ? localized(actor.organization, "name", locale) : actor.name}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/login" className="rounded px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                {t("signIn")}
              </Link>
              <Link
                href="/signup"
                className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
