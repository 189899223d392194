import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PublicSession } from "@/lib/catalogue/list-public-sessions";

/** Links to the catalogues of the sessions a supplier or product appears in. */
export function SessionLinks({ sessions, locale }: { sessions: PublicSession[]; locale: AppLocale }) {
  return (
    <ul className="space-y-1 text-sm">
      {sessions.map((session) => (
        <li key={session.id} className="break-words">
          <Link
            href={`/fairs/${session.fairSlug}/${session.slug}/catalogue`}
            className="text-brand-700 hover:text-brand-900 hover:underline"
          >
            {localized(session, "title", locale)}
          </Link>
          <span className="text-slate-500"> · {localized(session, "fairName", locale)}</span>
        </li>
      ))}
    </ul>
  );
}
