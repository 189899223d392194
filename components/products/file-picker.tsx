"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

type Props = {
  id: string;
  multiple?: boolean;
  accept: string;
  describedBy?: string;
  invalid?: boolean;
  onFiles?: (files: File[]) => void;
};

/**
 * A file input whose button and status speak the page's language (the native
 * control speaks the browser's). The real input stays focusable and labelled.
 */
export function FilePicker({ id, multiple = false, accept, describedBy, invalid, onFiles }: Props) {
  const t = useTranslations("products.form");
  const tFiles = useTranslations("products.files");
  const [files, setFiles] = useState<File[]>([]);
  const status =
    files.length === 0
      ? tFiles("none")
      : files.length === 1
        ? files[0].name
        : t("imagesSelected", { count: files.length });
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <input
        id={id}
        name={id}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          setFiles(chosen);
          onFiles?.(chosen);
        }}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 shadow-sm peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 peer-focus-visible:ring-offset-2 hover:bg-slate-50"
      >
        {multiple ? tFiles("chooseMany") : tFiles("chooseOne")}
      </label>
      <span className="min-w-0 text-sm break-all text-slate-600" aria-hidden>
        {status}
      </span>
    </div>
  );
}
