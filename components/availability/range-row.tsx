"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

export type Range = { start: string; end: string };

type Props = {
  id: string;
  range: Range;
  reference: string | null;
  error?: string;
  onChange: (range: Range) => void;
  onRemove: () => void;
};

/** One "from – to" range of a day, with the reference clock's time beside it. */
export function RangeRow({ id, range, reference, error, onChange, onRemove }: Props) {
  const t = useTranslations("availability");
  const invalid = error ? true : undefined;
  const describedBy = error ? `${id}-error` : undefined;
  return (
    <li className="space-y-1" data-testid="availability-range">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-start`} className="block text-xs font-medium text-slate-700">
            {t("from")}
          </label>
          <Input
            id={`${id}-start`}
            type="time"
            step={300}
            value={range.start}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...range, start: event.target.value })}
            className="w-[7.5rem]"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-end`} className="block text-xs font-medium text-slate-700">
            {t("to")}
          </label>
          <Input
            id={`${id}-end`}
            type="time"
            step={300}
            value={range.end}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...range, end: event.target.value })}
            className="w-[7.5rem]"
          />
        </div>
        <Button
          type="button"
          variant="ghost"
          size="md"
          onClick={onRemove}
          aria-label={t("removeRangeLabel", { start: range.start, end: range.end })}
        >
          {t("removeRange")}
        </Button>
        {reference ? (
          <span
            className="basis-full pb-1 text-sm text-slate-500 tabular-nums sm:basis-auto"
            data-testid="reference-time"
          >
            = {reference}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}
