import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { thesaurusChineseWords } from "./thesaurus";

/*
 * Chinese has no spaces: jieba (a maintained Rust segmenter shipped as a prebuilt
 * binary inside the npm package, with its dictionary) cuts text into words. The
 * fair's own words the stock dictionary lacks are added below, and the trade
 * thesaurus's Chinese words (thesaurus.ts), so documents keep them whole.
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
    const thesaurusWords = thesaurusChineseWords.map((word) => `${word} 2000 n`);
    jieba.loadDict(Buffer.from([...domainWords, ...thesaurusWords].join("\n")));
  }
  return jieba;
}

/** The words of a run of Han characters for a document: every word the search mode finds, plus each character. */
export function chineseDocumentWords(run: string): string[] {
  const words = new Set(segmenter().cutForSearch(run, true));
  for (const character of run) words.add(character);
  return [...words].filter((word) => word.trim() !== "");
}

const thesaurusWordSet = new Set(thesaurusChineseWords);

type ChineseQueryWord = { part: string; compound: string | null };

/**
 * The words of a run of Han characters in a query, one term each: the plain cut,
 * with each compound of three or more characters the thesaurus does not know cut
 * into parts (the shorter words the search mode finds in it, left to right,
 * longest first, and single characters between them), each of which also accepts
 * the whole compound. A document holds its text's search-mode words and every
 * character, so the parts meet a longer compound (遥控车 -> 遥控 + 车 finds
 * 遥控越野车) wherever the whole would have.
 */
export function chineseQueryWords(run: string): ChineseQueryWord[] {
  return segmenter()
    .cut(run, true)
    .filter((word) => word.trim() !== "")
    .flatMap((word): ChineseQueryWord[] =>
      [...word].length > 2 && !thesaurusWordSet.has(word)
        ? partsOf(word).map((part) => ({ part, compound: word }))
        : [{ part: word, compound: null }],
    );
}

function partsOf(word: string): string[] {
  const shorter = segmenter()
    .cutForSearch(word, true)
    .filter((part) => [...part].length > 1 && part.length < word.length);
  const parts: string[] = [];
  for (let at = 0; at < word.length;) {
    const part = shorter.filter((candidate) => word.startsWith(candidate, at)).sort((a, b) => b.length - a.length)[0];
    const next = part ?? String.fromCodePoint(word.codePointAt(at)!);
    parts.push(next);
    at += next.length;
  }
  return parts;
}
