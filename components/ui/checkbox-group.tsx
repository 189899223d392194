import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

type Option = { value: string; label: string };

/** A labelled group of checkboxes sharing one name; its error is announced with the legend. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
  hint,
  columns = "min-[400px]:grid-cols-2 md:grid-cols-3",
}: {
  name: string;
  legend: ReactNode;
  options: Option[];
  checked: string[];
  error?: string;
  hint?: ReactNode;
  /** Grid columns beyond the one-column phone layout. */
  columns?: string;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className={cn("grid grid-cols-1 gap-x-4 gap-y-2", columns)}>
        {options.map((option) => (
          <label key={option.value} className="flex min-w-0 items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700"
            />
            <span className="break-words">{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
