import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageKeyOf } from "@/lib/i18n/message-keys";
import type { NavItem } from "./nav-menu";

/**
 * A header link and the permission its page is guarded by, so the header offers exactly
 * the pages that will open (no permission: any signed-in user). In display order.
 */
type NavLink = { href: string; label: MessageKeyOf<"common">; permission?: Permission };

const primaryLinks: NavLink[] = [
  { href: "/dashboard", label: "nav.dashboard" },
  // "Now": the meeting in progress and the next ones; an organizer's live sessions sit under "More".
  { href: "/now", label: "nav.now", permission: "attend:meeting:own" },
  { href: "/admin/organizations", label: "nav.access", permission: "review:organization:any" },
  { href: "/admin/fairs", label: "nav.console", permission: "manage:fair:any" },
  { href: "/admin/results", label: "nav.results", permission: "read:report:any" },
  { href: "/admin/matching", label: "nav.matching", permission: "manage:match:any" },
  { href: "/supplier/products", label: "nav.myProducts", permission: "manage:catalogue:own" },
  { href: "/supplier/buyers", label: "nav.buyersForYou", permission: "read:buyerRecommendation:own" },
  { href: "/buyer/requirements", label: "nav.requirements", permission: "manage:requirement:own" },
  { href: "/meetings", label: "nav.meetings", permission: "attend:meeting:own" },
];

const moreLinks: NavLink[] = [
  { href: "/now", label: "nav.now", permission: "oversee:meeting:any" },
  { href: "/admin/interpreters", label: "nav.interpreters", permission: "manage:interpreter:any" },
  { href: "/admin/negative-list", label: "nav.negativeList", permission: "manage:negativeList:any" },
  { href: "/admin/certificate-types", label: "nav.certificateTypes", permission: "manage:fair:any" },
  { href: "/admin/categories", label: "nav.categorySynonyms", permission: "manage:category:any" },
  { href: "/admin/exchange-rates", label: "nav.exchangeRates", permission: "manage:fair:any" },
  { href: "/admin/audit", label: "nav.audit", permission: "read:audit:any" },
  { href: "/meetings/follow-ups", label: "nav.followUps", permission: "manage:followUp:own" },
  { href: "/supplier/profile", label: "nav.companyProfile", permission: "manage:catalogue:own" },
  { href: "/supplier/showcases", label: "nav.showcases", permission: "manage:showcase:own" },
  { href: "/buyer/profile", label: "nav.companyProfile", permission: "update:buyerProfile:own" },
  { href: "/my-fairs", label: "nav.myFairs", permission: "read:report:own" },
  { href: "/settings", label: "nav.settings" },
];

/** The links an actor (or a visitor, `null`) sees: `primary` inline, `more` behind a drop-down. */
export function navigation(
  actor: { role: Role } | null,
  t: (key: MessageKeyOf<"common">) => string,
): { primary: NavItem[]; more: NavItem[] } {
  const visible = (links: NavLink[]) =>
    actor
      ? links
          .filter((link) => !link.permission || can(actor, link.permission))
          .map((link) => ({ href: link.href, label: t(link.label) }))
      : [];
  return { primary: [{ href: "/", label: t("nav.fairs") }, ...visible(primaryLinks)], more: visible(moreLinks) };
}
