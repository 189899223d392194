"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Field, Select, fieldA11y } from "@/components/ui/field";
import type { CategoryChoice, SessionChoice } from "./requirement-form-types";

type Props = {
  categories: CategoryChoice[];
  sessions: SessionChoice[];
  values: { categoryId?: string; sessionId?: string };
  errors: Record<string, string | undefined>;
};

/**
 * What the buyer wants and where to meet suppliers for it: the session list follows
 * the chosen category (a session offering it or its parent). Blank session means
 * "the next session of the category", which moves on with the fair edition by edition.
 */
export function RequirementTargetFields({ categories, sessions, values, errors }: Props) {
  const t = useTranslations("buyer.form");
  const locale = useLocale() as AppLocale;
  const [categoryId, setCategoryId] = useState(values.categoryId ?? "");
  const parentId = categories.find((category) => category.value === categoryId)?.parentId;
  const offered = sessions.filter(
    (session) =>
      !categoryId ||
      session.categoryIds.includes(categoryId) ||
      (parentId ? session.categoryIds.includes(parentId) : false),
  );
  const sessionA11y = fieldA11y("sessionId", errors.sessionId);

  return (
    <>
      <Field id="categoryId" label={t("category")} error={errors.categoryId}>
        <Select
          {...fieldA11y("categoryId", errors.categoryId)}
          defaultValue={values.categoryId ?? ""}
          onChange={(event) => setCategoryId(event.target.value)}
        >
          <option value="">{t("categoryPlaceholder")}</option>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {localized(category, "name", locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="sessionId" label={t("session")} error={errors.sessionId} hint={t("sessionHint")}>
        <Select
          {...sessionA11y}
          aria-describedby={errors.sessionId ? "sessionId-error" : "sessionId-hint"}
          defaultValue={values.sessionId ?? ""}
        >
          <option value="">{t("sessionNext")}</option>
          {offered.map((session) => (
            <option key={session.value} value={session.value}>
              {session.label}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
