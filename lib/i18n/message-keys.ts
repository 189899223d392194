import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf, NestedValueOf, TranslationValues } from "next-intl";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** The message keys of one namespace ("errors", "account.status", …) as `t` of that namespace accepts them. */
export type MessageKeyOf<N extends Namespace> = MessageKeys<
  NestedValueOf<Messages, N>,
  NestedKeyOf<NestedValueOf<Messages, N>>
>;

/** The `errors` namespace's keys: what AppError.messageKey names. */
export type ErrorMessageKey = MessageKeyOf<"errors">;

/**
 * Narrows a key built at run time (a status, a unit, a country code) to the keys of the
 * translator's namespace when its catalogue has it, so `hasMessage(t, key) ? t(key) : key`
 * compiles without a cast and never asks for a missing message.
 */
export function hasMessage<Key extends string>(t: { has(key: Key): boolean }, key: string): key is Key {
  return t.has(key as Key);
}

/**
 * `t(key, values)` when the namespace's catalogue has the key built at run time, else
 * `fallback` (e.g. the raw code): data the catalogue does not know reads as itself.
 */
export function messageOr<Key extends string>(
  t: { has(key: Key): boolean; (key: Key, values?: TranslationValues): string },
  key: string,
  fallback: string,
  values?: TranslationValues,
): string {
  return hasMessage(t, key) ? t(key, values) : fallback;
}
