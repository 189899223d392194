import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadShowcasePage } from "@/lib/showcases/load-showcase-page";
import { showcaseRequestHref } from "@/lib/showcases/request-href";
import { isEntityId } from "@/lib/validation/entity-id";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ChatProductCard } from "@/components/rooms/chat-product-card";
import { FollowButton } from "@/components/showcases/follow-button";
import { ShowcaseLivePanel } from "@/components/showcases/showcase-live-panel";
import { ShowcaseTimes } from "@/components/showcases/showcase-times";
import { ShowcasePublisher } from "@/components/showcases/media/showcase-publisher";
import { ShowcaseViewer } from "@/components/showcases/media/showcase-viewer";
import { ShowcaseReplay } from "@/components/showcases/media/showcase-replay";

type Props = { params: Promise<{ locale: AppLocale; showcaseId: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "showcases.programme" });
  return { title: t("title") };
}

async function load(showcaseId: string) {
  const actor = await getActor();
  if (!isEntityId(showcaseId)) return { actor, page: null };
  try {
    return { actor, page: await loadShowcasePage(actor, showcaseId) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { actor, page: null };
    throw error;
  }
}

/**
 * A live-stream showcase: who broadcasts, when (viewer's zone and the fair's), the media
 * (publisher for its supplier, viewer for the audience, replay afterwards), chat and
 * questions, pinned product cards and the way to a meeting request. Who may see it is
 * lib/showcases/access.ts; anyone else gets the same "not found" as for a missing one.
 */
export default async function ShowcasePage({ params }: Props) {
  const { locale, showcaseId } = await params;
  setRequestLocale(locale);
  const { actor, page } = await load(showcaseId);
  const t = await getTranslations("showcases");
  const tRooms = await getTranslations("rooms.chat");

  if (!page) {
    return (
      <div className="mx-auto max-w-2xl space-y-4 py-8">
        <h1 className="text-2xl font-semibold">{t("programme.title")}</h1>
        <Alert tone="danger" role="alert" data-testid="showcase-refused">
          {t("notFound")}
        </Alert>
        {actor ? null : (
          <Button asChild variant="secondary">
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/${locale}/showcases/${showcaseId}`)}`}>
              {t("programme.signInToFollow")}
            </Link>
          </Button>
        )}
      </div>
    );
  }

  const { showcase, seat, feed } = page;
  const fair = showcase.session.fair;
  const title = localized(showcase, "title", locale);
  const description = localized(showcase, "description", locale);
  const requestHref = page.mayRequestMeeting
    ? showcaseRequestHref({
        sessionId: showcase.session.id,
        organizationId: showcase.organization.id,
        showcaseId: showcase.id,
      })
    : null;
  const over = feed.state === "ended" || feed.state === "replay";
  const approved = showcase.status === "APPROVED";
  const noImage = tRooms("noImage");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link
          href={`/fairs/${fair.slug}/${showcase.session.slug}/showcases`}
          className="text-sm text-brand-700 hover:underline"
        >
          ← {t("programme.title")}
        </Link>
        <h1 className="text-2xl font-semibold break-words sm:text-3xl" data-testid="showcase-title">
          {title}
        </h1>
        <p className="text-slate-700">
          <span className="text-slate-500">{t("page.supplier")}:</span>{" "}
          <Link href={`/suppliers/${showcase.organization.id}`} className="font-medium text-brand-700 hover:underline">
            {localized(showcase.organization, "name", locale)}
          </Link>
          {" · "}
          <span className="text-slate-500">{t("page.session")}:</span>{" "}
          <Link href={`/fairs/${fair.slug}/${showcase.session.slug}`} className="text-brand-700 hover:underline">
            {localized(showcase.session, "title", locale)}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <ShowcaseTimes
            startsAt={showcase.startsAt}
            endsAt={showcase.endsAt}
            locale={locale}
            viewerZone={actor?.timeZone ?? fair.timeZone}
            fairZone={fair.timeZone}
          />
          {showcase.isPublic ? <Badge tone="success">{t("page.public")}</Badge> : null}
        </div>
      </header>

      {showcase.status === "PENDING" ? (
        <Alert tone="warning" role="status">
          {t("page.pendingNotice")}
        </Alert>
      ) : showcase.status === "REJECTED" ? (
        <Alert tone="danger" role="status">
          {t("page.rejectedNotice")}
          {showcase.reviewNote ? ` ${t("supplier.reviewNote", { note: showcase.reviewNote })}` : null}
        </Alert>
      ) : showcase.status === "CANCELLED" ? (
        <Alert tone="info" role="status">
          {t("page.cancelledNotice")}
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-label={title} className="space-y-2" data-testid="showcase-media">
            {!approved ? null : over ? (
              <ShowcaseReplay showcaseId={showcase.id} />
            ) : seat === "supplier" ? (
              <>
                <ShowcasePublisher showcaseId={showcase.id} />
                {!page.mayPublish ? <p className="text-xs text-slate-500">{t("page.publishHint")}</p> : null}
              </>
            ) : (
              <ShowcaseViewer showcaseId={showcase.id} />
            )}
          </section>

          {description ? <p className="whitespace-pre-line text-slate-700">{description}</p> : null}

          <Card className="space-y-3" aria-labelledby="featured-heading">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <CardTitle id="featured-heading">{t("page.featured")}</CardTitle>
              <div className="flex flex-wrap items-start gap-2">
                {page.mayFollow && approved && !over ? (
                  <FollowButton showcaseId={showcase.id} following={page.following} />
                ) : null}
                {approved ? (
                  <Button asChild variant="secondary" size="sm">
                    <a href={`/api/showcases/${showcase.id}/ics?locale=${locale}`} download data-testid="showcase-ics">
                      {t("programme.calendar")}
                    </a>
                  </Button>
                ) : null}
              </div>
            </div>
            {showcase.products.length === 0 ? (
              <p className="text-sm text-slate-600">{t("page.noFeatured")}</p>
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2" data-testid="featured-products">
                {showcase.products.map((product) => (
                  <li key={product.id}>
                    <Link href={`/products/${product.id}`} className="block rounded-md hover:bg-slate-50">
                      <ChatProductCard product={product} locale={locale} noImage={noImage} />
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {requestHref ? (
              <div className="space-y-1">
                <Button asChild data-testid="showcase-request-meeting">
                  <Link href={requestHref}>{t("page.requestMeeting")}</Link>
                </Button>
                <p className="text-xs text-slate-500">{t("page.requestMeetingHint")}</p>
              </div>
            ) : null}
          </Card>
        </div>

        <ShowcaseLivePanel
          showcaseId={showcase.id}
          initial={feed}
          mayPost={page.mayPost}
          signedIn={actor != null}
          pinnable={page.pinnable}
          requestHref={requestHref}
          noImage={noImage}
        />
      </div>
    </div>
  );
}
