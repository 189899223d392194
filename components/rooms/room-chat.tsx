"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChatProductCard } from "./chat-product-card";
import { isBareCard, type ChatMessageView, type ChatProductCardView } from "./chat-types";
import { RoomApiError } from "./room-session";

type Props = {
  messages: ChatMessageView[];
  selfId: string;
  /** Organizers read only. */
  canWrite: boolean;
  /** The supplier's own visible products (empty for everyone else). */
  products: ChatProductCardView[];
  send(input: { body: string; productId?: string }): Promise<void>;
};

/** The room's chat: messages as they come, a line to write, and for the supplier a product card to share. */
export function RoomChat({ messages, selfId, canWrite, products, send }: Props) {
  const t = useTranslations("rooms.chat");
  const te = useTranslations("rooms.errors");
  const locale = useLocale() as AppLocale;
  const [body, setBody] = useState("");
  const [productId, setProductId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messages.length]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      await send({ body, productId: productId || undefined });
      setBody("");
      setProductId("");
    } catch (failure) {
      // The text stays in the box, so nothing typed is lost.
      setError(messageOr(te, failure instanceof RoomApiError ? failure.key : "network", te("unexpected")));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="flex min-h-0 flex-col rounded-lg border border-slate-200 bg-white" aria-labelledby="chat-title">
      <h2 id="chat-title" className="border-b border-slate-100 px-4 py-2 text-sm font-semibold">
        {t("title")}
      </h2>
      <ol
        ref={list}
        className="max-h-80 min-h-32 flex-1 space-y-3 overflow-y-auto px-4 py-3 text-sm"
        data-testid="chat-messages"
        aria-live="polite"
      >
        {messages.length === 0 ? <li className="text-slate-500">{t("empty")}</li> : null}
        {messages.map((message) => (
          <li key={message.id} className={message.authorId === selfId ? "text-right" : undefined}>
            <span className="block text-xs text-slate-500">{message.authorName}</span>
            {message.product ? (
              <span className="inline-block text-left">
                <ChatProductCard product={message.product} locale={locale} noImage={t("noImage")} />
              </span>
            ) : null}
            {!isBareCard(message) ? (
              <span className="inline-block rounded-md bg-slate-100 px-3 py-1.5 break-words whitespace-pre-line text-slate-900">
                {message.body}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form onSubmit={submit} className="space-y-2 border-t border-slate-100 p-3">
          {error ? (
            <Alert tone="danger" role="alert">
              {error}
            </Alert>
          ) : null}
          {products.length ? (
            <select
              aria-label={t("shareProduct")}
              value={productId}
              onChange={(event) => setProductId(event.target.value)}
              className="h-9 w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
              data-testid="chat-product-select"
            >
              <option value="">{t("chooseProduct")}</option>
              {products.map((product) => (
                <option key={product.id} value={product.id}>
                  {localized(product, "name", locale)}
                </option>
              ))}
            </select>
          ) : null}
          <div className="flex gap-2">
            <label htmlFor="chat-body" className="sr-only">
              {t("placeholder")}
            </label>
            <input
              id="chat-body"
              value={body}
              maxLength={2000}
              onChange={(event) => setBody(event.target.value)}
              placeholder={t("placeholder")}
              className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-sm"
            />
            <Button type="submit" size="sm" className="h-9" disabled={sending || (!body.trim() && !productId)}>
              {t("send")}
            </Button>
          </div>
        </form>
      ) : (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">{t("lookInOnly")}</p>
      )}
    </section>
  );
}
