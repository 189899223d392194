"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { maxImageBytes, maxImagesPerProduct } from "@/lib/products/schemas";
import { FilePicker } from "./file-picker";
import type { ExistingImage } from "./product-form-types";

const acceptedTypes = ["image/jpeg", "image/png", "image/webp"];

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Current images (each can be marked for removal) and a file input for new ones.
 * It warns early about wrong types, sizes and counts; the server checks the bytes again.
 */
export function ProductImagePicker({
  existing,
  productName,
  error,
}: {
  existing: ExistingImage[];
  productName: string;
  error?: string;
}) {
  const t = useTranslations("products.form");
  const tErrors = useTranslations("errors");
  const [removed, setRemoved] = useState<string[]>([]);
  const [selected, setSelected] = useState<File[]>([]);

  const kept = existing.length - removed.length;
  const warnings = [
    ...selected
      .filter((file) => !acceptedTypes.includes(file.type))
      .map((file) => tErrors("productImageType", { file: file.name })),
    ...selected
      .filter((file) => file.size > maxImageBytes)
      .map((file) => tErrors("productImageTooBig", { file: file.name })),
    ...(kept + selected.length > maxImagesPerProduct
      ? [tErrors("productImageTooMany", { max: maxImagesPerProduct })]
      : []),
  ];
  const describedBy = ["images-hint", error ? "images-error" : null, warnings.length ? "images-warnings" : null]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="space-y-3">
      {existing.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{t("currentImages")}</legend>
          <ul className="grid grid-cols-2 gap-3 min-[480px]:grid-cols-4 lg:grid-cols-6">
            {existing.map((image, index) => {
              const isRemoved = removed.includes(image.id);
              return (
                <li key={image.id} className="space-y-1">
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized */}
                  <img
                    src={image.thumbUrl}
                    alt={t("imageAlt", { number: index + 1, name: productName })}
                    className={`aspect-square w-full rounded border border-slate-200 bg-slate-50 object-contain ${isRemoved ? "opacity-30" : ""}`}
                  />
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="removeImageIds"
                      value={image.id}
                      checked={isRemoved}
                      onChange={(event) =>
                        setRemoved((list) =>
                          event.target.checked ? [...list, image.id] : list.filter((id) => id !== image.id),
                        )
                      }
                      aria-label={t("removeImageLabel", { number: index + 1 })}
                      className="h-4 w-4 accent-red-700"
                    />
                    {t("removeImage")}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
      <div className="space-y-1">
        <label htmlFor="images" className="block text-sm font-medium text-slate-800">
          {t("images")}
        </label>
        <FilePicker
          id="images"
          multiple
          accept={acceptedTypes.join(",")}
          describedBy={describedBy}
          invalid={Boolean(error)}
          onFiles={setSelected}
        />
        <p id="images-hint" className="text-xs text-slate-500">
          {t("imagesHint", { max: maxImagesPerProduct })}
        </p>
        {selected.length > 0 ? (
          <div className="text-sm text-slate-700">
            <ul className="list-inside list-disc text-xs text-slate-600">
              {selected.map((file, index) => (
                <li key={`${file.name}-${index}`} className="break-all">
                  {file.name} · {formatSize(file.size)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {warnings.length > 0 ? (
          <ul id="images-warnings" className="space-y-0.5 text-sm text-amber-800">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p id="images-error" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
