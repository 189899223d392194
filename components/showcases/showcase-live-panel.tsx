"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ShowcaseFeed, ShowcaseFeedMessage } from "@/lib/showcases/load-feed";
import type { ChatProductCard as ProductCardData } from "@/lib/rooms/chat-message";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ChatProductCard } from "@/components/rooms/chat-product-card";
import { ShowcaseStateBadge } from "./showcase-state-badge";

/** How often the page asks for new messages, pins and the audience (polling, see README of lib/showcases). */
const POLL_MS = 2_500;
/** How often a viewer's page says "still watching". */
const HEARTBEAT_MS = 10_000;

type Props = {
  showcaseId: string;
  initial: ShowcaseFeed;
  mayPost: boolean;
  signedIn: boolean;
  pinnable: ProductCardData[];
  /** The meeting request form's address without the product; null: the viewer may not request. */
  requestHref: string | null;
  noImage: string;
};

async function post(path: string, body?: unknown): Promise<Response> {
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * The live side of a showcase page: chat and questions (viewers post; the supplier hides and
 * pins), pinned product cards (the supplier pins its own), the audience for the supplier and
 * organizers. Polls the feed every 2.5 s and sends a heartbeat every 10 s while open.
 */
export function ShowcaseLivePanel({ showcaseId, initial, mayPost, signedIn, pinnable, requestHref, noImage }: Props) {
  const t = useTranslations("showcases.page");
  const locale = useLocale();
  const [feed, setFeed] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [text, setText] = useState("");
  const [kind, setKind] = useState<"CHAT" | "QUESTION">("QUESTION");
  const [sending, setSending] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const moderator = feed.seat === "supplier" || feed.seat === "organizer";
  const supplier = feed.seat === "supplier";
  const base = `/api/showcases/${encodeURIComponent(showcaseId)}`;

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${base}/feed`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      setFeed((await response.json()) as ShowcaseFeed);
      setStale(false);
    } catch {
      setStale(true);
    }
  }, [base]);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    if (!signedIn || moderator) return;
    const beat = () => void post(`${base}/heartbeat`).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [base, signedIn, moderator]);

  const count = feed.messages.length;
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [count]);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || sending) return;
    setSending(true);
    setProblem(null);
    try {
      const response = await post(`${base}/messages`, { kind, text });
      if (!response.ok) throw new Error(String(response.status));
      setText("");
      await refresh();
    } catch {
      setProblem(t("sendFailed"));
    } finally {
      setSending(false);
    }
  }

  async function act(path: string, body: unknown) {
    setProblem(null);
    const response = await post(`${base}/${path}`, body).catch(() => null);
    if (!response?.ok) setProblem(t("actionFailed"));
    await refresh();
  }

  const pinnedQuestions = feed.messages.filter((message) => message.pinned && !message.hidden);
  const pinnedIds = new Set(feed.pins.map((product) => product.id));
  const replay = feed.state === "ended" || feed.state === "replay";

  return (
    <div className="space-y-4" data-testid="showcase-live-panel">
      <div className="flex flex-wrap items-center gap-3">
        <ShowcaseStateBadge state={feed.state} />
        {feed.viewers !== null ? (
          <span className="text-sm text-slate-700 tabular-nums" data-testid="showcase-viewers">
            {t("viewers", { count: feed.viewers })}
            {feed.peakViewers !== null ? ` · ${t("peak", { count: feed.peakViewers })}` : null}
          </span>
        ) : null}
        <span className="text-xs text-slate-500">{stale ? t("loadFailed") : t("liveUpdates")}</span>
      </div>

      <Card className="space-y-3" aria-labelledby="pinned-heading" data-testid="showcase-pins">
        <CardTitle id="pinned-heading">{t("pinned")}</CardTitle>
        {feed.pins.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noPinned")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {feed.pins.map((product) => (
              <li key={product.id} data-testid="pinned-product">
                {requestHref ? (
                  <Link
                    href={`${requestHref}&product=${encodeURIComponent(product.id)}`}
                    className="block rounded-md focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
                    aria-label={`${t("requestMeeting")}: ${localized(product, "name", locale as "en")}`}
                  >
                    <ChatProductCard product={product} locale={locale as "en"} noImage={noImage} />
                  </Link>
                ) : (
                  <ChatProductCard product={product} locale={locale as "en"} noImage={noImage} />
                )}
              </li>
            ))}
          </ul>
        )}
        {supplier && pinnable.length > 0 ? (
          <details className="rounded-md border border-slate-200 p-3" data-testid="pin-products">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("pinTitle")}</summary>
            <ul className="mt-2 space-y-1">
              {pinnable.map((product) => {
                const pinned = pinnedIds.has(product.id);
                return (
                  <li key={product.id} className="flex items-center justify-between gap-2 text-sm">
                    <span className="min-w-0 truncate">{localized(product, "name", locale as "en")}</span>
                    <Button
                      type="button"
                      size="sm"
                      variant={pinned ? "secondary" : "primary"}
                      onClick={() => void act("pins", { productId: product.id, pinned: !pinned })}
                    >
                      {pinned ? t("unpin") : t("pin")}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </details>
        ) : null}
      </Card>

      <Card className="space-y-3" aria-labelledby="chat-heading">
        <CardTitle id="chat-heading">{replay ? t("replayChat") : t("chat")}</CardTitle>
        {pinnedQuestions.length > 0 ? (
          <div className="space-y-2 rounded-md bg-amber-50 p-3" data-testid="pinned-questions">
            <p className="text-xs font-semibold tracking-wide text-amber-900 uppercase">{t("pinnedQuestions")}</p>
            <ul className="space-y-1">
              {pinnedQuestions.map((message) => (
                <li key={message.id} className="text-sm text-slate-900">
                  <span className="font-medium">{message.authorName}:</span> {message.text}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {feed.messages.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noMessages")}</p>
        ) : (
          <ol
            ref={listRef}
            className="max-h-96 space-y-2 overflow-y-auto pr-1"
            aria-live="polite"
            aria-relevant="additions"
            data-testid="showcase-messages"
          >
            {feed.messages.map((message) => (
              <MessageRow
                key={message.id}
                message={message}
                supplier={supplier}
                onAct={(action) => void act("moderate", { messageId: message.id, action })}
              />
            ))}
          </ol>
        )}
        {problem ? (
          <p role="alert" className="text-sm text-red-700">
            {problem}
          </p>
        ) : null}
        {!signedIn ? (
          <p className="text-sm text-slate-600">{t("signInToChat")}</p>
        ) : !mayPost ? (
          <p className="text-sm text-slate-600">{t("chatClosed")}</p>
        ) : (
          <form onSubmit={send} className="space-y-2" data-testid="showcase-chat-form">
            <label htmlFor="showcase-message" className="sr-only">
              {t("message")}
            </label>
            <textarea
              id="showcase-message"
              value={text}
              onChange={(event) => setText(event.target.value)}
              maxLength={1000}
              rows={2}
              placeholder={t("placeholder")}
              className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none"
            />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <fieldset className="flex items-center gap-3 text-sm">
                <legend className="sr-only">{t("kind")}</legend>
                {(["QUESTION", "CHAT"] as const).map((option) => (
                  <label key={option} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name="kind"
                      value={option}
                      checked={kind === option}
                      onChange={() => setKind(option)}
                    />
                    {option === "CHAT" ? t("kindChat") : t("kindQuestion")}
                  </label>
                ))}
              </fieldset>
              <Button type="submit" size="sm" disabled={sending || !text.trim()}>
                {sending ? t("sending") : t("send")}
              </Button>
            </div>
          </form>
        )}
      </Card>
    </div>
  );
}

function MessageRow({
  message,
  supplier,
  onAct,
}: {
  message: ShowcaseFeedMessage;
  supplier: boolean;
  onAct: (action: "hide" | "unhide" | "pin" | "unpin") => void;
}) {
  const t = useTranslations("showcases.page");
  const locale = useLocale();
  const organization = message.organization ? localized(message.organization, "name", locale as "en") : "";
  return (
    <li
      className={cn(
        "rounded-md border px-3 py-2 text-sm",
        message.kind === "QUESTION" ? "border-brand-200 bg-brand-50/50" : "border-slate-200",
        message.hidden && "opacity-60",
      )}
      data-testid="showcase-message"
      data-kind={message.kind}
      data-pinned={message.pinned ? "true" : undefined}
      data-hidden={message.hidden ? "true" : undefined}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <span className="font-medium text-slate-800">{message.mine ? t("you") : message.authorName}</span>
        {organization ? <span>{organization}</span> : null}
        {message.fromSupplier ? <Badge tone="info">{t("fromSupplier")}</Badge> : null}
        {message.kind === "QUESTION" ? <Badge tone="warning">{t("question")}</Badge> : null}
        {message.hidden ? <Badge>{t("hidden")}</Badge> : null}
      </div>
      <p className="mt-1 break-words whitespace-pre-wrap text-slate-900">{message.text}</p>
      {supplier ? (
        <div className="mt-1 flex gap-2">
          <button
            type="button"
            className="text-xs text-brand-700 hover:underline"
            onClick={() => onAct(message.hidden ? "unhide" : "hide")}
          >
            {message.hidden ? t("unhide") : t("hide")}
          </button>
          {message.kind === "QUESTION" && !message.hidden ? (
            <button
              type="button"
              className="text-xs text-brand-700 hover:underline"
              onClick={() => onAct(message.pinned ? "unpin" : "pin")}
            >
              {message.pinned ? t("unpinQuestion") : t("pinQuestion")}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
