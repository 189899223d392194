// Every journey imports `test` and `expect` from here (not from @playwright/test) so that
// checks that hold for every page (no CSP violation reported) apply to all of them.
import { test as base, expect, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

type CspFixtures = {
  /** What the pages of this test reported so far; the test fails at its end unless empty. */
  cspViolations: string[];
};

const reportBinding = "__reportCspViolation";
const watchedContexts = new WeakSet<BrowserContext>();

/**
 * Fails every test in whose pages the browser refused something under the Content
 * Security Policy. It watches the default context and every context the test creates
 * with `browser.newContext()`/`browser.newPage()`, and through the context every page
 * in it, popups included.
 */
export const test = base.extend<CspFixtures>({
  cspViolations: [
    async ({ browser }, provide) => {
      const violations: string[] = [];
      const newContext = browser.newContext;
      browser.newContext = async function (...args) {
        const context = await newContext.apply(this, args);
        await watchForCspViolations(context, violations);
        return context;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content Security Policy violations reported in the page").toEqual([]);
    },
    { auto: true },
  ],
  // Playwright's own factory makes the default context, not necessarily through browser.newContext.
  context: async ({ context, cspViolations }, provide) => {
    await watchForCspViolations(context, cspViolations);
    await provide(context);
  },
});

async function watchForCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  await context.exposeBinding(reportBinding, (_source, violation: string) => void violations.push(violation));
  await context.addInitScript((binding) => {
    // Before the page's own scripts, in every frame. On the window, not the document: a
    // popup keeps its initial about:blank window (where this ran) for the page it then loads.
    window.addEventListener("securitypolicyviolation", (event) => {
      const blocked = event.blockedURI || "inline";
      const report = `${event.effectiveDirective} refused ${blocked} in ${event.documentURI}: ${event.sample}`;
      (window as unknown as Record<string, (text: string) => void>)[binding]?.(report);
    });
  }, reportBinding);
  // Chromium also writes each refusal to the console ("Executing inline event handler violates the
  // following Content Security Policy directive…", in older versions "Refused to …"), workers' included.
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`console: ${message.text()}`);
  });
}
