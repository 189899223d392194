"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";

/** Maps next-auth's error string (thrown by our authorize()) to a message in the user's language. */
function useSignInErrorMessage() {
  const t = useTranslations("errors");
  return (error: string) => {
    if (error.startsWith("RATE_LIMITED")) return t("rateLimited", { minutes: Number(error.split(":")[1]) || 15 });
    if (error === "INVALID_CREDENTIALS" || error === "CredentialsSignin") return t("invalidCredentials");
    return t("unexpected");
  };
}

export function SignInForm({ defaultEmail, callbackUrl }: { defaultEmail?: string; callbackUrl?: string }) {
  const t = useTranslations("auth.signIn");
  const locale = useLocale();
  const messageFor = useSignInErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false }).catch(() => undefined);
    if (!result || result.error) {
      setPending(false);
      setError(messageFor(result?.error ?? ""));
      return;
    }
    // after-sign-in checks the callback (same site only) and applies the profile's language.
    const next = new URLSearchParams(callbackUrl ? { callbackUrl } : {});
    // A full navigation so the header and every server component see the new session.
    window.location.assign(`/${locale}/after-sign-in${next.size ? `?${next}` : ""}`);
  }

  return (
    <Card>
      <form onSubmit={onSubmit} className="space-y-4" aria-describedby={error ? "login-error" : undefined}>
        {error ? (
          <Alert id="login-error" tone="danger" role="alert" aria-label={t("errorLabel")} data-testid="login-error">
            {error}
          </Alert>
        ) : null}
        <Field id="email" label={t("email")}>
          <Input id="email" name="email" type="email" defaultValue={defaultEmail} required autoComplete="username" />
        </Field>
        <Field id="password" label={t("password")}>
          <Input id="password" name="password" type="password" required autoComplete="current-password" />
        </Field>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("submitting") : t("submit")}
        </Button>
      </form>
    </Card>
  );
}
