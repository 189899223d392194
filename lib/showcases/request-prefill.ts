import "server-only";
import { db } from "@/lib/db";
import { createTranslator } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { isEntityId } from "@/lib/validation/entity-id";
import en from "@/messages/en/showcases.json";
import ru from "@/messages/ru/showcases.json";
import zh from "@/messages/zh/showcases.json";
import { showcaseSeatOf, showcaseAccessSelect } from "./access";

const catalogues = { en, zh, ru };

/**
 * The meeting request form's start when it is opened from a showcase: the showcase to record
 * (an approved one of this session and supplier the actor may watch) and a message naming its
 * products, or the one pinned card clicked. Null when the link does not fit (the form then
 * opens as usual, without a showcase).
 */
export async function showcaseRequestPrefill(
  actor: Actor,
  input: { showcaseId: string; sessionId: string; organizationId: string; productId?: string },
  locale: AppLocale,
): Promise<{ showcaseId: string; message: string } | null> {
  if (!isEntityId(input.showcaseId) || (input.productId !== undefined && !isEntityId(input.productId))) return null;
  const showcase = await db.showcase.findFirst({
    where: {
      id: input.showcaseId,
      sessionId: input.sessionId,
      organizationId: input.organizationId,
      status: "APPROVED",
    },
    select: {
      ...showcaseAccessSelect,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      products: {
        where: { product: listedProductWhere },
        orderBy: { position: "asc" },
        select: { product: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } } },
      },
    },
  });
  if (!showcase || !(await showcaseSeatOf(actor, showcase))) return null;
  let products = showcase.products.map((row) => row.product);
  if (input.productId) {
    const pinned = await db.product.findFirst({
      where: { id: input.productId, organizationId: showcase.organizationId, ...listedProductWhere },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true },
    });
    if (pinned) products = [pinned];
  }
  const t = createTranslator({
    locale,
    messages: { showcases: catalogues[locale] ?? en },
    namespace: "showcases.page",
  });
  const message = t("requestPrefill", {
    title: localized(showcase, "title", locale),
    products: products.map((product) => localized(product, "name", locale)).join(", ") || "—",
  });
  return { showcaseId: showcase.id, message: message.slice(0, 2000) };
}
