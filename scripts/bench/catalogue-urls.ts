import { benchFairSlug as fair } from "./prepare-database";

/**
 * What the benchmark asks: catalogue searches with a text query and two filters,
 * the way buyers and suppliers type them (Russian word forms, Chinese substrings
 * including a two-character one that trigrams cannot serve, English stems),
 * across the demo sessions and interface languages.
 */

const search = (locale: string, session: string, params: Record<string, string>) =>
  `/${locale}/fairs/${fair}/${session}/catalogue?${new URLSearchParams(params)}`;

export const catalogueSearchPaths = [
  search("ru", "down-jacket", { q: "пуховики", moqMax: "1000", city: "Ningbo" }),
  search("zh", "down-jacket", { q: "羽绒服", moqMax: "1000", certification: "EAC" }),
  search("en", "down-jacket", { q: "down jackets", moqMax: "2000", priceMax: "60", priceCurrency: "USD" }),
  search("ru", "safety-fire-protection", { q: "огнетушители", certification: "EAC", moqMax: "500" }),
  search("zh", "pharma-medical", { q: "口罩", city: "Hangzhou", moqMax: "1000" }),
  search("en", "toys-children", { q: "plush toys", moqMax: "500", priceMax: "30", priceCurrency: "CNY" }),
  search("ru", "fabric-accessories", { q: "ткань оксфорд", certification: "OEKO-TEX", moqMax: "1000" }),
];

/** For the N+1 check: the same page with many results and with (almost) none. */
export const firstPagePaths = {
  many: search("en", "down-jacket", { q: "jacket", moqMax: "10000" }),
  few: search("en", "down-jacket", { q: "zzzz-no-such-product", moqMax: "10000" }),
};

export const staticPath = "/robots.txt";

/** A dynamic page that reads no data, for the per-request floor of the app itself. */
export const baselinePath = "/en/login";
