/**
 * Live-stream showcases of the live demo edition (issue 17), placed around the seeding
 * instant: the demo supplier's showcase on air now (public, so a newcomer can watch it right
 * away), its next one later today, an earlier one that has ended with its chat (questions,
 * one pinned, the supplier's answers), and another supplier's showcase awaiting the
 * organizers' approval. Written directly, like the demo's history: the app's own functions
 * refuse a start in the past. Idempotent: kept while the demo supplier's showcase is on
 * now, placed anew otherwise.
 */
import { db } from "@/lib/db";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { actorByEmail } from "./actors";
import { liveFairSlug } from "./live-plan";

const MINUTE = 60_000;

export async function seedLiveShowcases({ now = new Date() } = {}): Promise<"seeded" | "already-seeded"> {
  const session = await db.fairSession.findFirst({
    where: { fair: { slug: liveFairSlug } },
    select: { id: true, fair: { select: { hostOrganizationId: true } } },
  });
  if (!session) return "already-seeded";
  const [supplier, other, buyer, organizer] = await Promise.all(
    [
      "supplier@fairbridge.demo",
      "lanhua.textile@fairbridge.demo",
      "buyer@fairbridge.demo",
      "organizer@fairbridge.demo",
    ].map((email) => actorByEmail(email).catch(() => null)),
  );
  if (!supplier?.organizationId || !buyer) return "already-seeded";
  const onNow = await db.showcase.count({
    where: {
      sessionId: session.id,
      organizationId: supplier.organizationId,
      status: "APPROVED",
      startsAt: { lte: now },
      endsAt: { gt: new Date(now.getTime() + 15 * MINUTE) },
    },
  });
  if (onNow > 0) return "already-seeded";
  await db.showcase.deleteMany({ where: { sessionId: session.id } });

  const products = await db.product.findMany({
    where: { organizationId: supplier.organizationId, ...listedProductWhere },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 4,
    select: { id: true },
  });
  const featured = (count: number) => ({
    create: products.slice(0, count).map((product, position) => ({ productId: product.id, position })),
  });
  const reviewed = {
    status: "APPROVED" as const,
    reviewedAt: new Date(now.getTime() - 24 * 60 * MINUTE),
    reviewedById: organizer?.id ?? null,
  };
  // On the 5-minute grid, as a supplier would announce them.
  const grid = Math.floor(now.getTime() / (5 * MINUTE)) * 5 * MINUTE;
  const at = (minutes: number) => new Date(grid + minutes * MINUTE);

  await db.showcase.create({
    data: {
      sessionId: session.id,
      organizationId: supplier.organizationId,
      createdById: supplier.id,
      titleZh: "新季面料现场展示",
      titleRu: "Ткани нового сезона в прямом эфире",
      titleEn: "New-season fabrics, live",
      descriptionZh: "现场展示新季面料的手感、克重和色卡，欢迎提问。",
      descriptionRu: "Показываем фактуру, плотность и цветовые карты тканей нового сезона. Задавайте вопросы.",
      descriptionEn: "We show the hand, weight and colour cards of the new-season fabrics. Ask us anything.",
      startsAt: at(-5),
      endsAt: at(55),
      isPublic: true,
      ...reviewed,
      createdAt: at(-2 * 24 * 60),
      products: featured(3),
    },
  });
  await db.showcase.create({
    data: {
      sessionId: session.id,
      organizationId: supplier.organizationId,
      createdById: supplier.id,
      titleZh: "辅料与配件问答",
      titleRu: "Фурнитура: вопросы и ответы",
      titleEn: "Trims and accessories Q&A",
      startsAt: at(180),
      endsAt: at(210),
      ...reviewed,
      createdAt: at(-2 * 24 * 60),
      products: featured(2),
    },
  });
  const ended = await db.showcase.create({
    data: {
      sessionId: session.id,
      organizationId: supplier.organizationId,
      createdById: supplier.id,
      titleZh: "工厂参观：织造车间",
      titleRu: "Экскурсия по фабрике: ткацкий цех",
      titleEn: "Factory tour: the weaving hall",
      startsAt: at(-180),
      endsAt: at(-150),
      liveStartedAt: at(-181),
      liveEndedAt: at(-150),
      peakViewers: 2,
      ...reviewed,
      createdAt: at(-2 * 24 * 60),
      products: featured(2),
    },
  });
  const chat = [
    {
      author: buyer.id,
      kind: "QUESTION" as const,
      minute: -175,
      text: "Какой минимальный заказ на ткань 240 г/м²?",
      pinned: true,
    },
    { author: supplier.id, kind: "CHAT" as const, minute: -173, text: "MOQ 1000 米，颜色可定制。", pinned: false },
    {
      author: buyer.id,
      kind: "QUESTION" as const,
      minute: -165,
      text: "Can you ship samples to Moscow within two weeks?",
      pinned: false,
    },
    {
      author: supplier.id,
      kind: "CHAT" as const,
      minute: -163,
      text: "Yes, samples go out by express within 5 working days.",
      pinned: false,
    },
  ];
  await db.showcaseMessage.createMany({
    data: chat.map((line) => ({
      showcaseId: ended.id,
      authorId: line.author,
      kind: line.kind,
      text: line.text,
      phase: "LIVE" as const,
      pinnedAt: line.pinned ? at(line.minute + 1) : null,
      createdAt: at(line.minute),
    })),
  });
  await db.showcaseView.create({
    data: { showcaseId: ended.id, userId: buyer.id, firstSeenAt: at(-178), lastSeenAt: at(-151) },
  });
  if (other?.organizationId) {
    await db.showcase.create({
      data: {
        sessionId: session.id,
        organizationId: other.organizationId,
        createdById: other.id,
        titleZh: "真丝面料新品",
        titleEn: "New silk fabrics",
        titleRu: "Новые шёлковые ткани",
        startsAt: at(300),
        endsAt: at(330),
        createdAt: at(-60),
      },
    });
  }
  return "seeded";
}
