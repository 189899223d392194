import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { listRequirementFormChoices } from "@/lib/requirements/form-choices";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { RequirementForm } from "./requirement-form";
import type { RequirementFormValues } from "./requirement-form-types";

type Props = { actor: Actor; locale: AppLocale; requirementId?: string; initial?: RequirementFormValues };

/** The frame shared by "post" and "edit": title, approval notice, and the form with its choices. */
export async function RequirementFormPage({ actor, locale, requirementId, initial }: Props) {
  const t = await getTranslations("buyer");
  const approved = actor.organization?.status === "APPROVED";
  const choices = approved ? await listRequirementFormChoices(actor, locale) : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t(requirementId ? "form.editTitle" : "form.newTitle")}</h1>
        <p className="text-sm text-slate-600">{t("form.intro")}</p>
      </header>
      {choices ? (
        <Card>
          <RequirementForm requirementId={requirementId} initial={initial} {...choices} />
        </Card>
      ) : (
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      )}
    </div>
  );
}
