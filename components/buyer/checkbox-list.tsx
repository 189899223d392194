import type { ReactNode } from "react";

type Option = { value: string; label: string };

/** A labelled group of checkboxes sharing one name, with hint and error tied to the group. */
export function CheckboxList({
  name,
  legend,
  options,
  checked,
  hint,
  error,
}: {
  name: string;
  legend: ReactNode;
  options: Option[];
  checked: string[];
  hint?: ReactNode;
  error?: string;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy || undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-x-4 gap-y-2 min-[400px]:grid-cols-2 md:grid-cols-3">
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
