import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

/*
 * Chinese has no spaces: jieba (a maintained Rust segmenter shipped as a prebuilt
 * binary inside the npm package, with its dictionary) cuts text into words. The
 * fair's own words the stock dictionary lacks are added below.
 */

const domainWords = [
  "泰迪熊 2000 n",
  "毛绒玩具 2000 n",
  "涤棉 2000 n",
  "春亚纺 2000 n",
  "印花布 2000 n",
  "灭火器 2000 n",
  "羽绒服 2000 n",
  "防护服 2000 n",
  "口罩 2000 n",
  "面料 2000 n",
];

let jieba: Jieba | null = null;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(domainWords.join("\n")));
  }
  return jieba;
}

/** The words of a run of Han characters for a document: every word the search mode finds, plus each character. */
export function chineseDocumentWords(run: string): string[] {
  const words = new Set(segmenter().cutForSearch(run, true));
  for (const character of run) words.add(character);
  return [...words].filter((word) => word.trim() !== "");
}

/** The words of a run of Han characters in a query: the plain cut (one term per word). */
export function chineseQueryWords(run: string): string[] {
  return segmenter()
    .cut(run, true)
    .filter((word) => word.trim() !== "");
}
