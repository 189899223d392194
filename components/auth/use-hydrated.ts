import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML, true once React runs in the browser. Forms whose
 * submit is handled in JavaScript keep their button disabled until then, so an
 * early click cannot fall back to a native GET that puts the password in the URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
