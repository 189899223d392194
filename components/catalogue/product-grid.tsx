"use client";

import { ProductCard, type ProductCardLabels, type ProductCardView } from "./product-card";

/**
 * The results grid as a client component: the server sends each card's few
 * formatted strings, not the rendered tree of every card. The same HTML is
 * rendered on the server; the page's RSC payload shrinks from ~2 kB to ~0.3 kB
 * per card (measured: docs/benchmarks.md, issue 16), which is most of a search
 * page's serialization and compression work.
 */
export function ProductGrid({ cards, labels }: { cards: ProductCardView[]; labels: ProductCardLabels }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="catalogue-results">
      {cards.map((view) => (
        <li key={view.id}>
          <ProductCard view={view} labels={labels} />
        </li>
      ))}
    </ul>
  );
}
