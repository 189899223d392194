"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

type Props = { id: string; label: string; value: string; copyLabel: string; copiedLabel: string };

/** A read-only secret with a copy button; selecting the field by hand works too (no clipboard API over http). */
export function CopyField({ id, label, value, copyLabel, copiedLabel }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900"
        />
        <Button type="button" variant="secondary" onClick={copy} className="shrink-0">
          {copied ? copiedLabel : copyLabel}
        </Button>
      </div>
      <p role="status" className="sr-only">
        {copied ? copiedLabel : ""}
      </p>
    </div>
  );
}
