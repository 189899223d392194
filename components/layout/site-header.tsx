import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getActor } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { NavMenu, type NavItem } from "./nav-menu";
import type { Role } from "@/lib/generated/prisma/client";

export async function SiteHeader({ locale }: { locale: AppLocale }) {
  const t = await getTranslations("common");
  const actor = await getActor().catch((error) => {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must pass through
    return null; // a database that is down must not take the header with it
  });
  const { primary, more } = navigation(actor?.role ?? null, t);

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

/** The links a role sees: `primary` inline, `more` behind a drop-down. */
function navigation(role: Role | null, t: (key: string) => string): { primary: NavItem[]; more: NavItem[] } {
  const primary: NavItem[] = [{ href: "/", label: t("nav.fairs") }];
  const more: NavItem[] = [];
  if (role) primary.push({ href: "/dashboard", label: t("nav.dashboard") });
  // "Now": the meeting in progress and the next ones; an organizer's live sessions (rarer, under "More").
  if (role && role !== "ORGANIZER") primary.push({ href: "/now", label: t("nav.now") });
  if (role === "ORGANIZER") {
    more.push({ href: "/now", label: t("nav.now") });
    primary.push(
      { href: "/admin/organizations", label: t("nav.access") },
      { href: "/admin/fairs", label: t("nav.console") },
      { href: "/admin/matching", label: t("nav.matching") },
    );
    more.push(
      { href: "/admin/interpreters", label: t("nav.interpreters") },
      { href: "/admin/negative-list", label: t("nav.negativeList") },
      { href: "/admin/certificate-types", label: t("nav.certificateTypes") },
      { href: "/admin/exchange-rates", label: t("nav.exchangeRates") },
      { href: "/admin/audit", label: t("nav.audit") },
    );
  }
  if (role === "SUPPLIER") {
    primary.push(
      { href: "/supplier/products", label: t("nav.myProducts") },
      { href: "/supplier/buyers", label: t("nav.buyersForYou") },
      { href: "/meetings", label: t("nav.meetings") },
    );
    more.push({ href: "/supplier/profile", label: t("nav.companyProfile") });
  }
  if (role === "BUYER") {
    primary.push(
      { href: "/buyer/requirements", label: t("nav.requirements") },
      { href: "/meetings", label: t("nav.meetings") },
    );
    more.push({ href: "/buyer/profile", label: t("nav.companyProfile") });
  }
  if (role === "INTERPRETER") primary.push({ href: "/meetings", label: t("nav.meetings") });
  if (role) more.push({ href: "/settings", label: t("nav.settings") });
  return { primary, more };
}
