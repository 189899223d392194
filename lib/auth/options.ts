import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { requestClientAddress } from "@/lib/http/request-client-address";
import { signInWithPassword } from "./sign-in";

/**
 * Error strings the sign-in form maps to messages in the user's language;
 * a rate-limited one carries the wait in seconds ("RATE_LIMITED:42").
 */
export const signInErrors = {
  invalid: "INVALID_CREDENTIALS",
  rateLimited: "RATE_LIMITED",
  unconfirmed: "EMAIL_UNCONFIRMED",
} as const;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/en/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await signInWithPassword(credentials, { clientAddress: requestClientAddress(req?.headers) });
        if (result.ok) return result.user;
        if (result.reason === "rateLimited") throw new Error(`${signInErrors.rateLimited}:${result.retryAfterSeconds}`);
        throw new Error(signInErrors[result.reason]);
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
