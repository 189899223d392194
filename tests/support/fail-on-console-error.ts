import { afterEach, vi } from "vitest";

// An unexpected console.error is a bug that a passing assertion would hide.
const spy = vi.spyOn(console, "error");

afterEach(() => {
  const calls = spy.mock.calls;
  if (calls.length > 0) {
    const message = calls.map((args) => args.map(String).join(" ")).join("\n");
    spy.mockClear();
    throw new Error(`console.error was called:\n${message}`);
  }
});
