"use client";

import { buttonVariants } from "@/components/ui/button";

/** Opens the browser's print dialog (where "Save as PDF" is offered). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonVariants({ size: "sm" })} onClick={() => window.print()}>
      {label}
    </button>
  );
}
