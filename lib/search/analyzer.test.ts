import { describe, expect, it } from "vitest";
import { analyzeDocument, parseSearchQuery } from "./analyzer";
import { productSearchDocument } from "./document";

const alternativesOf = async (q: string) => (await parseSearchQuery(q)).terms.map((term) => term.alternatives);
const shared = (a: string[], b: string[]) => a.some((token) => b.includes(token));

describe("Russian", () => {
  it.each([
    ["хлопок", "хлопка"],
    ["хлопок", "хлопком"],
    ["пуховик", "пуховики"],
    ["пуховик", "пуховика"],
    ["огнетушитель", "огнетушители"],
    ["игрушка", "игрушки"],
  ])("%s and %s share a lemma", async (a, b) => {
    expect(shared(await analyzeDocument(a), await analyzeDocument(b))).toBe(true);
  });

  it("gives a query's inflected form its lemma", async () => {
    expect(await alternativesOf("хлопка")).toEqual([["хлопка", "хлопок"]]);
    expect(await alternativesOf("пуховиков")).toEqual([["пуховиков", "пуховик"]]);
  });

  it.each([
    ["Хлопковая", "хлопок"],
    ["хлопковый", "хлопок"],
    ["пуховая", "пух"],
    ["шёлковый", "шелк"],
    ["кожаная", "кожа"],
  ])("derives %s to the noun %s the dictionary knows", async (adjective, noun) => {
    expect(await analyzeDocument(adjective)).toContain(noun);
  });

  it("reads ё as е and drops function words", async () => {
    expect(await analyzeDocument("Ткань из хлопка и шёлка")).toEqual(["ткань", "хлопка", "хлопок", "шелка", "шелк"]);
  });
});

describe("Chinese", () => {
  it("cuts documents into words and characters", async () => {
    const tokens = await analyzeDocument("毛绒泰迪熊 涤棉印花布");
    expect(tokens).toEqual(expect.arrayContaining(["毛绒", "泰迪熊", "涤棉", "印花布", "花布", "布"]));
  });

  it("cuts a query into words", async () => {
    expect(await alternativesOf("玩具")).toEqual([["玩具"]]);
    expect(await alternativesOf("面料")).toEqual([["面料"]]);
    expect(await alternativesOf("毛绒泰迪熊")).toEqual([["毛绒"], ["泰迪熊"]]);
  });
});

describe("English, digits and typos", () => {
  it("stems English words", async () => {
    expect(await alternativesOf("Jackets")).toEqual([["jackets", "jacket"]]);
  });

  it("keeps an HS code as one word", async () => {
    expect(await alternativesOf("5208.32")).toEqual([["520832"]]);
  });

  it("offers typo lookups for words of five characters or more only", async () => {
    const [typo] = (await parseSearchQuery("огнитушитель")).terms;
    expect(typo!.fuzzy).toContain("огнитушитель");
    const [english] = (await parseSearchQuery("extinguiser")).terms;
    expect(english!.fuzzy).toContain("extinguiser");
    expect((await parseSearchQuery("мех")).terms[0]!.fuzzy).toEqual([]);
    expect((await parseSearchQuery("玩具熊")).terms.every((term) => term.fuzzy.length === 0)).toBe(true);
  });

  it("has no terms for function words alone, and bounds long input", async () => {
    expect((await parseSearchQuery("the и 的")).terms).toEqual([]);
    expect((await parseSearchQuery("ткань ".repeat(100_000))).terms.length).toBeLessThanOrEqual(12);
  });
});

describe("product documents", () => {
  it("weighs names A, category and HS B, descriptions C", async () => {
    const document = await productSearchDocument({
      nameEn: null,
      nameZh: "毛绒泰迪熊",
      nameRu: null,
      descriptionEn: null,
      descriptionZh: null,
      descriptionRu: "Мягкая игрушка из плюша",
      hsCode: "9503004100",
      categories: [{ nameEn: "Toys", nameZh: "玩具", nameRu: "Игрушки", synonyms: ["plaything"] }],
    });
    expect(document).toMatch(/'泰迪熊':\d+A/);
    expect(document).toMatch(/'玩具':\d+B/);
    expect(document).toMatch(/'plaything':\d+B/);
    expect(document).toMatch(/'9503':\d+B/);
    expect(document).toMatch(/'плюш':\d+C/);
  });
});
