import type { ReactNode } from "react";

/** A field label with the visual "required" star; screen readers get `required` from the control instead. */
export function RequiredLabel({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <span aria-hidden className="text-red-700">
        {" *"}
      </span>
    </>
  );
}
