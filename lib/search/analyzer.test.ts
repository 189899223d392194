import { describe, expect, it } from "vitest";
import { analyzeDocument, parseSearchQuery } from "./analyzer";
import { productSearchDocument } from "./document";

const alternativesOf = async (q: string) => (await parseSearchQuery(q)).terms.map((term) => term.alternatives);
/** A term's own forms: its alternatives up to the first the thesaurus or a compound lent it (own forms come first). */
const ownFormsOf = async (q: string, count: number) =>
  (await parseSearchQuery(q)).terms.map((term) => term.alternatives.slice(0, count));
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
    expect(await ownFormsOf("хлопка", 2)).toEqual([["хлопка", "хлопок"]]);
    expect(await ownFormsOf("пуховиков", 2)).toEqual([["пуховиков", "пуховик"]]);
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
    expect(await ownFormsOf("面料", 1)).toEqual([["面料"]]);
    expect(await ownFormsOf("毛绒 积木", 1)).toEqual([["毛绒"], ["积木"]]);
  });
});

describe("Chinese compounds", () => {
  it("cuts a compound the dictionary does not split into parts that also accept the whole", async () => {
    // 遥控越野车 (remote-control off-road car) is cut 遥控 / 越野车: the query 遥控车 must meet it through its parts.
    const terms = (await parseSearchQuery("遥控车")).terms;
    expect(terms.map((term) => term.word)).toEqual(["遥控", "车"]);
    for (const term of terms) expect(term.alternatives).toContain("遥控车");
    const document = await analyzeDocument("遥控越野车");
    expect(terms.every((term) => shared(term.alternatives, document))).toBe(true);
  });

  it("keeps a compound the thesaurus knows whole", async () => {
    expect((await parseSearchQuery("羽绒服")).terms.map((term) => term.word)).toEqual(["羽绒服"]);
  });
});

describe("the trade thesaurus", () => {
  it.each([
    ["медведь", "Плюшевый мишка"],
    ["саржа", "Cotton twill fabric"],
    ["саржа", "纯棉斜纹布"],
    ["шприцы", "Sterile disposable syringe"],
    ["鹅绒", "Goose down parka"],
    ["wheelchair", "折叠手动轮椅"],
  ])("lets the query %s meet %s", async (q, text) => {
    const document = await analyzeDocument(text);
    expect((await parseSearchQuery(q)).terms.every((term) => shared(term.alternatives, document))).toBe(true);
  });

  it("does not lend a word what is merely related (a doll is a toy, a toy is not a doll)", async () => {
    const [doll] = (await parseSearchQuery("куклы")).terms;
    expect(doll!.alternatives).not.toContain("игрушка");
    expect(doll!.alternatives).not.toContain("玩具");
  });

  it("reads a phrase as its group's words: in a query, each word accepts them; in a document, they follow it", async () => {
    const terms = (await parseSearchQuery("blood pressure monitor")).terms;
    for (const term of terms) expect(term.alternatives).toEqual(expect.arrayContaining(["тонометр", "血压计"]));
    expect(await analyzeDocument("Goose down parka")).toEqual(expect.arrayContaining(["пуховик", "羽绒服"]));
    // Not the words alone: "down" is no down jacket.
    expect(await analyzeDocument("Down vest")).not.toContain("пуховик");
  });

  it("keeps typo lookups to the word's own forms", async () => {
    const [term] = (await parseSearchQuery("extinguishers")).terms;
    expect(term!.alternatives).toContain("огнетушитель");
    expect(term!.fuzzy).not.toContain("огнетушитель");
  });
});

describe("English, digits and typos", () => {
  it("stems English words", async () => {
    expect(await ownFormsOf("Jackets", 2)).toEqual([["jackets", "jacket"]]);
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

describe("parsed queries", () => {
  it("are kept: the same text gives the same parse without parsing again, a new text its own", async () => {
    const first = await parseSearchQuery("пуховики женские");
    expect(await parseSearchQuery("пуховики женские")).toBe(first);
    const other = await parseSearchQuery("пуховики");
    expect(other).not.toBe(first);
    expect(other.terms).toHaveLength(1);
  });
});
