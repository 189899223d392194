/**
 * Prints the consistency counts issue 15 tracks, for app/, components/ and lib/:
 * functions longer than 80 lines (their names), `as never` casts, and forms that show
 * their state with <FormStatus> against forms that render `formError` by hand.
 *
 *   npm run measure:consistency
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const LONG_FUNCTION_LINES = 80;
const roots = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Function declarations, methods and function-valued expressions, with their line counts. */
function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > LONG_FUNCTION_LINES)
        found.push(`${file}:${start + 1} ${nameOf(node)} (${end - start + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function nameOf(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return "(anonymous)";
}

const files = roots.flatMap(sourceFiles);
const long: string[] = [];
let asNever = 0;
let formsWithStatus = 0;
let formsByHand = 0;
let forms = 0;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  long.push(...longFunctions(file, text));
  asNever += (text.match(/\bas never\b/g) ?? []).length;
  if (file.endsWith(".tsx") && /<(form|Form)\b/.test(text)) {
    forms++;
    if (text.includes("<FormStatus")) formsWithStatus++;
    else if (text.includes("formError")) formsByHand++;
  }
}

console.log(`functions over ${LONG_FUNCTION_LINES} lines: ${long.length}`);
for (const line of long) console.log(`  ${line}`);
console.log(`"as never": ${asNever}`);
console.log(`files with a form: ${forms}; with <FormStatus>: ${formsWithStatus}; formError by hand: ${formsByHand}`);
