import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { refuseBadApiRequestTarget } from "@/lib/api/refuse-bad-request-target";
import { isCrossOriginFormPost } from "@/lib/http/cross-origin-form-post";
import { refusalPage } from "@/lib/http/refusal-page";
import { requestIdHeader } from "@/lib/http/request-id";
import { checkRequestTarget } from "@/lib/http/request-target";
import {
  createNonce,
  pageContentSecurityPolicy,
  resourceContentSecurityPolicy,
  securityEnvironment,
  securityHeaders,
} from "@/lib/http/security-headers";
import { routing } from "@/lib/i18n/routing";

// Every request but Next's static files passes here: it gets an id and the security
// headers, and URLs Next cannot decode and cross-site form posts are refused before
// Next answers them with a 500. Authentication and roles are checked by every page,
// server action and route handler themselves. See docs/security.md.
const routeLocale = createMiddleware(routing);
const environment = securityEnvironment();

export default function proxy(request: NextRequest): Response {
  // Always a fresh id: a client-sent one would let anyone forge or merge log trails.
  const requestId = crypto.randomUUID();
  const page = isPagePath(request.nextUrl.pathname);
  const policy = page ? pageContentSecurityPolicy(createNonce(), environment) : resourceContentSecurityPolicy;
  const response = page ? answerPage(request, requestId, policy) : answerResource(request, requestId);
  for (const [name, value] of Object.entries(securityHeaders(policy, environment))) response.headers.set(name, value);
  response.headers.set(requestIdHeader, requestId);
  return response;
}

function answerPage(request: NextRequest, requestId: string, policy: string): Response {
  if (!checkRequestTarget(request.nextUrl).ok)
    return refusalPage({ status: 400, messageKey: "malformedAddress" }, request);
  if (isCrossOriginFormPost(request)) return refusalPage({ status: 403, messageKey: "crossSiteForm" }, request);
  const headers = forwardedHeaders(request, requestId);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set("Content-Security-Policy", policy);
  // next-intl passes the request's headers on with its rewrite or next() answer.
  return routeLocale(new NextRequest(request, { headers }));
}

function answerResource(request: NextRequest, requestId: string): Response {
  return (
    refuseBadApiRequestTarget(request) ??
    NextResponse.next({ request: { headers: forwardedHeaders(request, requestId) } })
  );
}

function forwardedHeaders(request: NextRequest, requestId: string): Headers {
  const headers = new Headers(request.headers);
  headers.set(requestIdHeader, requestId);
  return headers;
}

/** Our pages, as opposed to API routes and Next's internal endpoints. */
function isPagePath(pathname: string): boolean {
  return !/^\/(api|_next)(\/|$)/.test(pathname) && !pathname.startsWith("/__nextjs");
}

export const config = {
  // Build output and public files are the same for every request: skipping the proxy
  // keeps them cheap, and next.config.js gives them the baseline headers.
  matcher: "/((?!_next/static/|_next/image|favicon.ico|robots.txt|icon.svg).*)",
};
