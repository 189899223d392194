import { getTranslations } from "next-intl/server";
import { ProductThumb } from "./product-thumb";

type Image = { id: string; storageKey: string; thumbKey: string; width: number; height: number };

/**
 * The first photo large, the others as thumbnails; each opens the full-size file.
 * Plain links, so the gallery needs no JavaScript.
 */
export async function ProductGallery({ images, name }: { images: Image[]; name: string }) {
  const t = await getTranslations("catalogue.product");
  if (images.length === 0) {
    return (
      <div className="space-y-2">
        <ProductThumb storageKey={null} noImageLabel={t("noImages")} className="aspect-[4/3] w-full rounded-lg" />
        <p className="text-sm text-slate-500">{t("noImages")}</p>
      </div>
    );
  }
  const [first, ...rest] = images;
  return (
    <section aria-label={t("gallery")} className="space-y-3">
      <a
        href={`/api/files/${first.storageKey}`}
        target="_blank"
        rel="noopener"
        className="block overflow-hidden rounded-lg border border-slate-200 bg-white focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- stored images are already resized at upload */}
        <img
          src={`/api/files/${first.storageKey}`}
          alt={`${name} — ${t("photo", { number: 1, count: images.length })}`}
          width={first.width}
          height={first.height}
          className="aspect-[4/3] w-full bg-slate-50 object-contain"
        />
      </a>
      {rest.length > 0 ? (
        <ul className="grid grid-cols-4 gap-2">
          {rest.map((image, index) => (
            <li key={image.id}>
              <a
                href={`/api/files/${image.storageKey}`}
                target="_blank"
                rel="noopener"
                aria-label={t("openPhoto", { number: index + 2 })}
                className="block overflow-hidden rounded-md border border-slate-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
              >
                <ProductThumb storageKey={image.thumbKey} noImageLabel="" className="aspect-square w-full" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
