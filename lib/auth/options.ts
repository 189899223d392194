import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword, dummyPasswordHash } from "./password";
import { checkLoginAllowed, clearLoginFailures, recordLoginFailure } from "./login-rate-limit";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Error strings the sign-in form maps to messages in the user's language. */
export const signInErrors = { invalid: "INVALID_CREDENTIALS", rateLimited: "RATE_LIMITED" } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/en/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(signInErrors.invalid);
        const { email, password } = parsed.data;
        const ip = clientAddress(req?.headers);

        const gate = await checkLoginAllowed(email, ip);
        if (gate.blocked) throw new Error(`${signInErrors.rateLimited}:${gate.retryAfterMinutes}`);

        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
        });
        const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !valid || user.disabledAt) {
          await recordLoginFailure(email, ip);
          throw new Error(signInErrors.invalid);
        }
        await clearLoginFailures(email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id travels in the token; role and organization status are
    // read from the database on every request so a suspension applies at once.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
