/**
 * Finds the message keys the code translates with, by reading the source (no
 * type checker): which variables hold a next-intl translator for which namespace,
 * and the keys passed to them. Used by lib/i18n/messages.test.ts.
 *
 * A translator is recognised when a name is bound to
 *   useTranslations("ns") / (await) getTranslations("ns") / getTranslations({ locale, namespace: "ns" })
 *   createTranslator({ ..., namespace: "ns" }), or a call of a function whose result is one
 *   (e.g. mailTranslator(locale)),
 * or called inline: (await getTranslations("ns"))("key"), mailTranslator(locale)("key"). A function parameter is a
 * translator when a call in the same file passes one for it (navigation(role, t)).
 * Names are resolved through the enclosing scopes, so `t` of generateMetadata and
 * `t` of the page are told apart, and a parameter or other variable named `t` hides them.
 *
 * Keys: `t("key")`, `t.rich("key")`, `t.markup("key")`, `t.raw("key")`, `t.has("key")`,
 * and each branch of `t(cond ? "a" : "b")`. A template key `t(\`status.${s}\`)` cannot be
 * checked statically; its fixed start ("status.") is returned as a prefix that must begin
 * some message. Any other key (a variable, a call) is dynamic: only counted.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type KeyUse = {
  /** File and 1-based line of the call. */
  where: string;
  /** "account.dashboard.title" for t("dashboard.title") of useTranslations("account"). */
  path: string;
  /** "key": a whole message; "prefix": the fixed start of a template key; "raw": t.raw (may name a group). */
  kind: "key" | "prefix" | "raw";
};

export type KeyUsage = {
  uses: KeyUse[];
  /** Calls of a known translator whose key is not a literal or template (checked nowhere). */
  dynamic: string[];
  /** Files read. */
  files: number;
};

const translatorFactories = new Set(["useTranslations", "getTranslations", "createTranslator"]);
const keyMethods = new Set(["rich", "markup", "raw", "has"]);

/** Every .ts/.tsx file under the folders, tests and generated code left out. */
export function sourceFilesUnder(root: string, dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules" || name.startsWith(".")) return [];
      if (statSync(full).isDirectory()) return walk(full);
      return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
    });
  return dirs.flatMap((dir) => walk(path.join(root, dir)));
}

/** The translator bindings and keys used in `files`; `root` only shortens the reported paths. */
export function findMessageKeyUses(root: string, files: string[]): KeyUsage {
  const sources = files.map((file) =>
    ts.createSourceFile(
      file,
      readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    ),
  );
  // Functions anywhere whose result is a namespaced translator (mailTranslator).
  const factories = new Map<string, string>();
  for (const source of sources) {
    source.forEachChild(function visit(node) {
      if (ts.isFunctionDeclaration(node) && node.name && node.body) {
        for (const statement of node.body.statements) {
          if (!ts.isReturnStatement(statement) || !statement.expression) continue;
          const namespace = translatorNamespace(statement.expression, new Map());
          if (namespace !== null) factories.set(node.name.text, namespace);
        }
      }
      node.forEachChild(visit);
    });
  }

  const uses: KeyUse[] = [];
  const dynamic: string[] = [];
  for (const source of sources) {
    const file = path.relative(root, source.fileName);
    const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const parameterNamespaces = parameterTranslators(source, factories);
    const scope = new Scope(factories, parameterNamespaces);

    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const call = translatorCall(node, scope);
        if (call) {
          const [first] = node.arguments;
          const keys = first ? literalKeys(first) : null;
          if (keys) {
            for (const key of keys) {
              uses.push({
                where: where(node),
                path: join(call.namespace, key.text),
                kind: key.prefix ? "prefix" : call.method === "raw" ? "raw" : "key",
              });
            }
          } else {
            dynamic.push(`${where(node)}: ${node.getText(source).slice(0, 80)}`);
          }
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return { uses, dynamic, files: sources.length };
}

const join = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);

/** Literal keys of a key argument; a template gives its fixed start as a prefix; null when dynamic. */
function literalKeys(node: ts.Expression): { text: string; prefix: boolean }[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ text: node.text, prefix: false }];
  if (ts.isTemplateExpression(node)) return node.head.text ? [{ text: node.head.text, prefix: true }] : null;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return literalKeys(node.expression);
  }
  if (ts.isConditionalExpression(node)) {
    const whenTrue = literalKeys(node.whenTrue);
    const whenFalse = literalKeys(node.whenFalse);
    return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : null;
  }
  return null;
}

/** The namespace a translator-making expression gives ("" for the root), or null when it is none (or not literal). */
function translatorNamespace(expression: ts.Expression, factories: Map<string, string>): string | null {
  let node = expression;
  while (ts.isAwaitExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return null;
  const name = node.expression.text;
  if (factories.has(name)) return factories.get(name)!;
  if (!translatorFactories.has(name)) return null;
  const [argument] = node.arguments;
  if (!argument) return name === "createTranslator" ? null : "";
  if (ts.isStringLiteral(argument)) return argument.text;
  if (ts.isObjectLiteralExpression(argument)) {
    for (const property of argument.properties) {
      if (!ts.isPropertyAssignment(property) || property.name.getText() !== "namespace") continue;
      return ts.isStringLiteral(property.initializer) ? property.initializer.text : null;
    }
    return "";
  }
  return null;
}

/** t("key") / t.rich("key") / (await getTranslations("ns"))("key"): the translator's namespace and method. */
function translatorCall(node: ts.CallExpression, scope: Scope): { namespace: string; method: string } | null {
  let callee = node.expression;
  let method = "call";
  if (ts.isPropertyAccessExpression(callee) && keyMethods.has(callee.name.text)) {
    method = callee.name.text;
    callee = callee.expression;
  }
  if (ts.isIdentifier(callee)) {
    const namespace = scope.resolve(callee);
    return namespace === null ? null : { namespace, method };
  }
  if (ts.isParenthesizedExpression(callee) || ts.isCallExpression(callee)) {
    const namespace = translatorNamespace(callee, scope.factories);
    return namespace === null ? null : { namespace, method };
  }
  return null;
}

/** Names declared directly in a scope-making node, with the declaration. */
function declarationsIn(node: ts.Node): Map<string, ts.Node> {
  const names = new Map<string, ts.Node>();
  const addBinding = (name: ts.BindingName, declaration: ts.Node) => {
    if (ts.isIdentifier(name)) names.set(name.text, declaration);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name, element);
  };
  const addList = (list: ts.VariableDeclarationList) => {
    for (const declaration of list.declarations) addBinding(declaration.name, declaration);
  };
  const statements =
    ts.isSourceFile(node) ||
    ts.isBlock(node) ||
    ts.isModuleBlock(node) ||
    ts.isCaseClause(node) ||
    ts.isDefaultClause(node)
      ? node.statements
      : null;
  for (const statement of statements ?? []) {
    if (ts.isVariableStatement(statement)) addList(statement.declarationList);
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.set(statement.name.text, statement);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.set(clause.name.text, clause);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.set(bindings.name.text, bindings);
      if (bindings && ts.isNamedImports(bindings))
        for (const item of bindings.elements) names.set(item.name.text, item);
    }
  }
  if (ts.isFunctionLike(node)) {
    for (const parameter of node.parameters) addBinding(parameter.name, parameter);
    if ((ts.isFunctionExpression(node) || ts.isClassExpression(node)) && node.name) names.set(node.name.text, node);
  }
  if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer) {
    if (ts.isVariableDeclarationList(node.initializer)) addList(node.initializer);
  }
  if (ts.isCatchClause(node) && node.variableDeclaration) addBinding(node.variableDeclaration.name, node);
  return names;
}

/** Resolves a name at a use to the namespace of the translator it holds, or null. */
class Scope {
  private readonly cache = new Map<ts.Node, Map<string, ts.Node>>();
  constructor(
    readonly factories: Map<string, string>,
    private readonly parameters: Map<ts.ParameterDeclaration, string>,
  ) {}

  resolve(identifier: ts.Identifier): string | null {
    for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
      let names = this.cache.get(node);
      if (!names) this.cache.set(node, (names = declarationsIn(node)));
      const declaration = names.get(identifier.text);
      if (!declaration) continue;
      if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isIdentifier(declaration.name)) {
        return translatorNamespace(declaration.initializer, this.factories);
      }
      if (ts.isParameter(declaration)) return this.parameters.get(declaration) ?? null;
      return null; // another kind of name (a function, an import, a loop variable) hides any translator
    }
    return null;
  }
}

/**
 * Parameters of this file's functions that receive a translator: `navigation(role, t)`
 * with `t` a translator makes navigation's second parameter one (same namespace).
 */
function parameterTranslators(
  source: ts.SourceFile,
  factories: Map<string, string>,
): Map<ts.ParameterDeclaration, string> {
  const result = new Map<ts.ParameterDeclaration, string>();
  const functions = new Map<string, ts.FunctionDeclaration>();
  source.forEachChild(function collect(node) {
    if (ts.isFunctionDeclaration(node) && node.name) functions.set(node.name.text, node);
    node.forEachChild(collect);
  });
  if (functions.size === 0) return result;
  // Two rounds, so a translator handed on through one more function is followed too.
  for (let round = 0; round < 2; round++) {
    const scope = new Scope(factories, result);
    source.forEachChild(function visit(node) {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const target = functions.get(node.expression.text);
        node.arguments.forEach((argument, index) => {
          const parameter = target?.parameters[index];
          if (!parameter || !ts.isIdentifier(argument)) return;
          const namespace = scope.resolve(argument);
          if (namespace !== null) result.set(parameter, namespace);
        });
      }
      node.forEachChild(visit);
    });
  }
  return result;
}

/**
 * The other way a key reaches the screen raw: a form action answering
 * `{ status: "success", message: "added" }` to a form whose `<FormStatus state={state} />`
 * shows `message` as it is. One line per such form and literal message.
 */
export function findMessagesShownVerbatim(root: string, files: string[]): string[] {
  const sources = files.map((file) =>
    ts.createSourceFile(
      file,
      readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    ),
  );
  // Server actions (exported from "use server" files) and the literal messages they answer.
  const literalMessages = new Map<string, string[]>();
  for (const source of sources) {
    const first = source.statements[0];
    const isServer =
      first &&
      ts.isExpressionStatement(first) &&
      ts.isStringLiteral(first.expression) &&
      first.expression.text === "use server";
    if (!isServer) continue;
    for (const statement of source.statements) {
      const exported =
        ts.canHaveModifiers(statement) &&
        ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      const named: [string, ts.Node][] = ts.isFunctionDeclaration(statement)
        ? statement.name
          ? [[statement.name.text, statement]]
          : []
        : ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.flatMap((d) =>
              ts.isIdentifier(d.name) && d.initializer ? [[d.name.text, d.initializer] as [string, ts.Node]] : [],
            )
          : [];
      for (const [name, node] of named) {
        const messages: string[] = [];
        node.forEachChild(function visit(child) {
          if (ts.isPropertyAssignment(child) && child.name.getText() === "message") {
            for (const key of literalKeys(child.initializer) ?? []) if (!key.prefix) messages.push(key.text);
          }
          child.forEachChild(visit);
        });
        if (messages.length > 0) literalMessages.set(name, [...(literalMessages.get(name) ?? []), ...messages]);
      }
    }
  }

  const problems: string[] = [];
  for (const source of sources) {
    source.forEachChild(function visit(node) {
      const element = ts.isJsxSelfClosingElement(node) ? node : ts.isJsxElement(node) ? node.openingElement : null;
      if (element && element.tagName.getText() === "FormStatus") {
        const state = element.attributes.properties.find(
          (attribute): attribute is ts.JsxAttribute =>
            ts.isJsxAttribute(attribute) && attribute.name.getText() === "state",
        );
        const shown = new Set<string>();
        state?.initializer?.forEachChild(function names(child) {
          if (ts.isIdentifier(child)) shown.add(child.text);
          child.forEachChild(names);
        });
        // The useActionState calls of the same component whose state reaches FormStatus.
        let component: ts.Node | undefined = node.parent;
        while (component && !ts.isFunctionLike(component)) component = component.parent;
        component?.forEachChild(function declarations(child) {
          if (
            ts.isVariableDeclaration(child) &&
            ts.isArrayBindingPattern(child.name) &&
            child.initializer &&
            ts.isCallExpression(child.initializer) &&
            child.initializer.expression.getText() === "useActionState"
          ) {
            const [stateName] = child.name.elements;
            const action = child.initializer.arguments[0]?.getText() ?? "";
            const stateText = stateName && !ts.isOmittedExpression(stateName) ? stateName.name.getText() : "";
            for (const message of shown.has(stateText) ? (literalMessages.get(action) ?? []) : []) {
              const line = source.getLineAndCharacterOfPosition(element.getStart()).line + 1;
              problems.push(
                `${path.relative(root, source.fileName)}:${line}: <FormStatus> shows ${action}'s message "${message}" as it is`,
              );
            }
          }
          child.forEachChild(declarations);
        });
      }
      node.forEachChild(visit);
    });
  }
  return problems;
}
