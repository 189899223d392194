"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <Button variant="secondary" size="sm" onClick={() => signOut({ callbackUrl: `/${locale}` })}>
      {label}
    </Button>
  );
}
