"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, fieldA11y } from "@/components/ui/field";
import { retryAfterParams } from "@/lib/throttle/retry-after";
import { ResendVerificationForm } from "./resend-verification-form";
import { useHydrated } from "./use-hydrated";

/**
 * Maps next-auth's error string (thrown by our authorize(), see signInErrors) to a
 * message in the user's language; a rate-limited one says how long to wait.
 */
function useSignInErrorMessage() {
  const t = useTranslations("errors");
  return (error: string) => {
    if (error.startsWith("RATE_LIMITED")) {
      return t("rateLimited", retryAfterParams({ retryAfterSeconds: Number(error.split(":")[1]) || 60 }));
    }
    if (error === "EMAIL_UNCONFIRMED") return t("emailUnconfirmed");
    if (error === "INVALID_CREDENTIALS" || error === "CredentialsSignin") return t("invalidCredentials");
    return t("unexpected");
  };
}

export function SignInForm({ defaultEmail, callbackUrl }: { defaultEmail?: string; callbackUrl?: string }) {
  const t = useTranslations("auth.signIn");
  const locale = useLocale();
  const messageFor = useSignInErrorMessage();
  const tErrors = useTranslations("errors");
  const [error, setError] = useState<string | null>(null);
  /** The address a sign-in was refused for as unconfirmed: offered a new link. */
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Checked here rather than by the browser, so the message is in the page's language.
    const empty = {
      email: String(form.get("email") ?? "").trim() ? undefined : tErrors("required"),
      password: String(form.get("password") ?? "") ? undefined : tErrors("required"),
    };
    setMissing(empty);
    if (empty.email || empty.password) return;
    setPending(true);
    setError(null);
    setUnconfirmed(null);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    }).catch(() => undefined);
    if (!result || result.error) {
      setPending(false);
      setError(messageFor(result?.error ?? ""));
      if (result?.error === "EMAIL_UNCONFIRMED") setUnconfirmed(String(form.get("email")));
      return;
    }
    // after-sign-in checks the callback (same site only) and applies the profile's language.
    const next = new URLSearchParams(callbackUrl ? { callbackUrl } : {});
    // after-sign-in is rendered on the server with the new session cookie and redirects onwards.
    router.replace(`/${locale}/after-sign-in${next.size ? `?${next}` : ""}`);
    router.refresh();
  }

  return (
    <Card>
      <form
        onSubmit={onSubmit}
        method="post"
        className="space-y-4"
        noValidate
        aria-describedby={error ? "login-error" : undefined}
      >
        {error ? (
          <Alert id="login-error" tone="danger" role="alert" aria-label={t("errorLabel")} data-testid="login-error">
            {error}
          </Alert>
        ) : null}
        <Field id="email" label={t("email")} error={missing.email}>
          <Input
            {...fieldA11y("email", missing.email)}
            type="email"
            defaultValue={defaultEmail}
            required
            autoComplete="username"
          />
        </Field>
        <Field id="password" label={t("password")} error={missing.password}>
          <Input
            {...fieldA11y("password", missing.password)}
            type="password"
            required
            autoComplete="current-password"
          />
        </Field>
        <Button type="submit" disabled={pending || !hydrated} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
      {/* Its own form beside the sign-in one (forms cannot nest). */}
      {unconfirmed ? <ResendVerificationForm email={unconfirmed} className="mt-4" /> : null}
    </Card>
  );
}
