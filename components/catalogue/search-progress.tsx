"use client";

import { useEffect, useRef, useState } from "react";

/**
 * "Searching…" from the moment the search form is sent until the page answers. next/form
 * navigates with the router (no form action), so useFormStatus never sees it; instead each
 * server render passes a new `renderId`, and a wait started under an older one is over
 * (also when the same search is sent again).
 */
export function SearchProgress({ renderId, label }: { renderId: string; label: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [startedUnder, setStartedUnder] = useState<string | null>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const start = () => setStartedUnder(renderId);
    form.addEventListener("submit", start);
    return () => form.removeEventListener("submit", start);
  }, [renderId]);
  const searching = startedUnder === renderId;
  return (
    <p ref={ref} role="status" className="flex items-center gap-2 text-sm text-slate-600" data-testid="search-progress">
      {searching ? (
        <>
          <span
            aria-hidden
            className="size-3.5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700"
          />
          {label}
        </>
      ) : null}
    </p>
  );
}
