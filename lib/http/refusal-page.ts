import { errorTranslator, localeFromAcceptLanguage } from "@/lib/api/error-translator";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";

/** The reasons the proxy refuses a page request, by the message that explains each. */
export type PageRefusal =
  { status: 400; messageKey: "malformedAddress" } | { status: 403; messageKey: "crossSiteForm" };

/**
 * A small self-contained HTML answer in the visitor's language: the language of the
 * path's prefix (/zh/…), else the first of Accept-Language we speak. It runs no
 * script and loads nothing, so it renders under any policy.
 */
export function refusalPage(refusal: PageRefusal, request: Request): Response {
  const locale = requestLocale(request);
  const t = errorTranslator(locale);
  const html = `<!doctype html>
<html lang="${locale === "zh" ? "zh-CN" : locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t("requestRefused"))} · FairBridge</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}a{color:#1a5566}</style>
</head>
<body><main role="alert"><h1>${escapeHtml(t("requestRefused"))}</h1>
<p>${escapeHtml(t(refusal.messageKey))}</p>
<p><a href="/${locale}">${escapeHtml(t("toStartPage"))}</a></p></main></body>
</html>
`;
  return new Response(html, {
    status: refusal.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function requestLocale(request: Request): AppLocale {
  const prefix = new URL(request.url).pathname.split("/")[1];
  return isAppLocale(prefix) ? prefix : localeFromAcceptLanguage(request.headers.get("accept-language"));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
