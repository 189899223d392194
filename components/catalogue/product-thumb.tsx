import { cn } from "@/lib/cn";

/** A product photo from the file route, or a calm placeholder when there is none. */
export function ProductThumb({
  storageKey,
  noImageLabel,
  className,
}: {
  storageKey: string | null;
  noImageLabel: string;
  className?: string;
}) {
  if (!storageKey) {
    return (
      <div
        className={cn("flex items-center justify-center bg-slate-100", className)}
        role="img"
        aria-label={noImageLabel}
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8 text-slate-300" fill="none" stroke="currentColor">
          <rect x="3" y="5" width="18" height="14" rx="2" strokeWidth="1.5" />
          <circle cx="9" cy="10" r="1.5" strokeWidth="1.5" />
          <path d="m4 17 5-5 4 4 3-3 4 4" strokeWidth="1.5" />
        </svg>
      </div>
    );
  }
  return (
    // Thumbnails are small files made at upload; next/image would only re-encode them.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/api/files/${storageKey}`}
      alt=""
      loading="lazy"
      className={cn("bg-slate-100 object-cover", className)}
    />
  );
}
