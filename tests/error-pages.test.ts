import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import LocaleError from "@/app/[locale]/error";
import GlobalError from "@/app/global-error";
import { intlConfig } from "@/lib/i18n/request";

// What a user sees when a page fails on the server: a calm message and the reference
// (Next's digest, which instrumentation.ts logs with the request id), never the error's
// message or stack. Rendered here because a production server cannot be made to fail
// safely from a browser journey (e2e/operations.spec.ts).

// next-intl's Link needs Next's router, which only a running app has; a plain link stands in.
vi.mock("@/lib/i18n/navigation", () => ({ Link: (props: object) => createElement("a", props) }));

const failure = () =>
  Object.assign(new Error('relation "Meeting" does not exist at /srv/app/lib/db.ts:12'), { digest: "2718281828" });

function expectNoInternals(html: string) {
  expect(html).not.toContain("does not exist");
  expect(html).not.toContain("lib/db.ts");
  expect(html).not.toMatch(/\bat .*:\d+:\d+/);
}

describe("the error pages", () => {
  it("a page's error shows the localized message and the reference, not the error", async () => {
    const { messages } = await intlConfig("ru");
    // Rendered on the server, where the effect that logs the error in the browser does not run.
    const provider = { locale: "ru", messages, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>;
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        provider,
        createElement(LocaleError, { error: failure(), reset: () => undefined }),
      ),
    );
    expect(html).toContain("Не удалось загрузить страницу");
    expect(html).toContain("Код обращения: 2718281828");
    expectNoInternals(html);
  });

  it("the last-resort page (the layout itself failed) shows the reference in all three languages", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: failure(), reset: () => undefined }));
    expect(html).toContain("FairBridge is temporarily unavailable");
    expect(html).toMatch(/Reference · .*参考编号.*Код обращения.*: 2718281828/);
    expectNoInternals(html);
  });

  it("shows no reference line when the error has no digest (it failed in the browser)", () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: new Error("boom"), reset: () => undefined }));
    expect(html).not.toContain("Reference");
    expect(html).not.toContain("boom");
  });
});
