import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const tones = {
  info: "border-brand-200 bg-brand-50 text-brand-900",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-900",
} as const;

/** A message box; `role` is passed by the caller ("alert" for errors, "status" for news). */
export function Alert({ tone = "info", className, ...props }: ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return <div className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)} {...props} />;
}
