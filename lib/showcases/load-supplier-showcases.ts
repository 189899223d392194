import "server-only";
import { showcaseTextsSelect } from "./load-programme";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { ofOwnOrganization } from "@/lib/tenancy/tenant-scope";
import { sessionLifecycleSelect, isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { showcaseState } from "./showcase-state";

const names = { nameEn: true, nameZh: true, nameRu: true } as const;

/**
 * The supplier's showcases page: its showcases (newest first) with what came of each
 * (unique viewers, peak, questions, meeting requests from the stream), the sessions it may
 * schedule in (approved for, not over) and its own products buyers may see. Constant statements.
 */
export async function loadSupplierShowcases(actor: Actor, now = new Date()) {
  requirePermission(actor, "manage:showcase:own");
  const own = ofOwnOrganization(actor);
  const [showcases, registrations, products, questions] = await Promise.all([
    db.showcase.findMany({
      where: own,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        status: true,
        reviewNote: true,
        titleEn: true,
        titleZh: true,
        titleRu: true,
        startsAt: true,
        endsAt: true,
        liveStartedAt: true,
        liveEndedAt: true,
        recordingStatus: true,
        peakViewers: true,
        session: {
          select: {
            id: true,
            titleEn: true,
            titleZh: true,
            titleRu: true,
            fair: { select: { timeZone: true, ...names } },
          },
        },
        _count: { select: { views: true, meetingRequests: true, follows: true } },
      },
    }),
    db.sessionRegistration.findMany({
      where: { ...own, status: "APPROVED" },
      select: {
        session: {
          select: {
            id: true,
            titleEn: true,
            titleZh: true,
            titleRu: true,
            ...sessionLifecycleSelect,
            fair: { select: { status: true, timeZone: true, ...names } },
          },
        },
      },
    }),
    db.product.findMany({
      where: { ...own, ...listedProductWhere },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { id: true, ...names },
    }),
    db.showcaseMessage.groupBy({
      by: ["showcaseId"],
      where: { kind: "QUESTION", showcase: own },
      _count: { _all: true },
    }),
  ]);
  const questionCount = new Map(questions.map((row) => [row.showcaseId, row._count._all]));
  return {
    showcases: showcases.map((showcase) => ({
      ...showcase,
      state: showcaseState(showcase, now),
      questions: questionCount.get(showcase.id) ?? 0,
    })),
    sessions: registrations
      .map((registration) => registration.session)
      .filter((session) => !isSessionOver(toLifecycleInput(session), now)),
    products,
  };
}

/** One of the supplier's own showcases for its edit form (with its featured products in order). */
export async function loadOwnShowcase(actor: Actor, showcaseId: string) {
  requirePermission(actor, "manage:showcase:own");
  return db.showcase.findFirst({
    where: { id: showcaseId, ...ofOwnOrganization(actor) },
    select: {
      id: true,
      sessionId: true,
      status: true,
      ...showcaseTextsSelect,
      startsAt: true,
      endsAt: true,
      liveStartedAt: true,
      session: { select: { fair: { select: { timeZone: true } } } },
      products: { orderBy: { position: "asc" }, select: { productId: true } },
    },
  });
}
