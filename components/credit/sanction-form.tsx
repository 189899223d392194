"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { idleFormState } from "@/lib/actions/form-state";
import { sanctionKinds } from "@/lib/complaints/schemas";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { takeSanctionAction } from "./credit-actions";

type Choice = { id: string; label: string };

/**
 * The organizer's sanctions: a warning, an exclusion from one of the sessions the
 * organization is admitted to, or a suspension; each with a reason, optionally citing an
 * upheld complaint.
 */
export function SanctionForm({
  organizationId,
  sessions,
  complaints,
  canSuspend,
}: {
  organizationId: string;
  sessions: Choice[];
  complaints: Choice[];
  canSuspend: boolean;
}) {
  const t = useTranslations("credit.sanctionForm");
  const [state, formAction, pending] = useActionState(takeSanctionAction, idleFormState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const [kind, setKind] = useState(values.kind ?? "warning");
  // React clears the form after each action, the select back to the value it was mounted
  // with: each answer mounts it afresh with the choice that stands (the one refused, or the
  // first after a success), so the fields and the button always match what it shows.
  const [answered, setAnswered] = useState(state);
  const [round, setRound] = useState(0);
  if (state !== answered) {
    setAnswered(state);
    setRound(round + 1);
    if (state.status === "success") setKind("warning");
  }
  const kinds = sanctionKinds.filter((k) =>
    k === "suspension" ? canSuspend : k === "exclusion" ? sessions.length > 0 : true,
  );
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid="sanction-form">
      <input type="hidden" name="organizationId" value={organizationId} />
      <FormStatus state={state} success={t("done")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="kind" label={t("kind")} error={errors.kind}>
          <Select
            {...fieldA11y("kind", errors.kind)}
            key={round}
            defaultValue={kind}
            onChange={(event) => setKind(event.target.value)}
          >
            {kinds.map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        {kind === "exclusion" ? (
          <Field id="sessionId" label={t("session")} error={errors.sessionId}>
            <Select {...fieldA11y("sessionId", errors.sessionId)} defaultValue={values.sessionId ?? ""}>
              <option value="">{t("sessionChoose")}</option>
              {sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {session.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {complaints.length ? (
          <Field id="complaintId" label={t("complaint")} error={errors.complaintId}>
            <Select {...fieldA11y("complaintId", errors.complaintId)} defaultValue={values.complaintId ?? ""}>
              <option value="">{t("complaintNone")}</option>
              {complaints.map((complaint) => (
                <option key={complaint.id} value={complaint.id}>
                  {complaint.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      <Field id="reason" label={t("reason")} error={errors.reason} hint={t("reasonHint")}>
        <Textarea
          {...fieldA11y("reason", errors.reason)}
          className="min-h-16"
          maxLength={1000}
          defaultValue={values.reason ?? ""}
        />
      </Field>
      <Button type="submit" variant={kind === "suspension" ? "danger" : "primary"} disabled={pending}>
        {pending ? t("saving") : t(`submit.${kind === "exclusion" || kind === "suspension" ? kind : "warning"}`)}
      </Button>
    </form>
  );
}
