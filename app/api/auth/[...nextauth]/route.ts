import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { answerWithMessageKey } from "@/lib/http/guarded-route";
import { guardRoute } from "@/lib/http/guard-route";

const nextAuth = NextAuth(authOptions);

/** next-auth answers its own refusals; the guard gives what escapes it the app's JSON 500 and a log line. */
const handler = guardRoute(
  answerWithMessageKey,
  (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> =>
    nextAuth(request, context),
);

export { handler as GET, handler as POST };
