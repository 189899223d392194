import { cn } from "@/lib/cn";

/** The supplier's logo, or its first letter on a tinted square. */
export function SupplierLogo({
  logoKey,
  name,
  className,
}: {
  logoKey: string | null;
  name: string;
  className?: string;
}) {
  if (!logoKey) {
    return (
      <div
        aria-hidden
        className={cn(
          "flex items-center justify-center rounded-md bg-brand-50 text-lg font-semibold text-brand-700",
          className,
        )}
      >
        {[...name][0] ?? "?"}
      </div>
    );
  }
  // A logo is a small stored image already; next/image would only re-encode it.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={`/api/files/${logoKey}`} alt="" className={cn("rounded-md bg-white object-contain", className)} />;
}
