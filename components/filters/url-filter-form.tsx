import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";

// The organizer's list pages (session meetings, session outcomes) filter the same way,
// so the form, its selects and its "apply / clear" row are written once here.

type Props = {
  testId: string;
  applyLabel: string;
  /** Shown only while a filter is active: a link back to the unfiltered page. */
  clear?: { href: string; label: string };
  children: ReactNode;
};

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be shared. */
export function UrlFilterForm({ testId, applyLabel, clear, children }: Props) {
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid={testId}>
      {children}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary">
          {applyLabel}
        </Button>
        {clear ? (
          <Link href={clear.href} className="text-sm text-brand-700 hover:underline">
            {clear.label}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

type SelectProps = {
  /** The URL parameter; also the select's id, which its label points at. */
  name: string;
  label: string;
  value?: string;
  /** The first option, "" in the URL: no filter on this field. */
  allLabel: string;
  options: readonly { value: string; label: string }[];
  className: string;
};

/** One labelled select of a UrlFilterForm. */
export function UrlFilterSelect({ name, label, value, allLabel, options, className }: SelectProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Select id={name} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
