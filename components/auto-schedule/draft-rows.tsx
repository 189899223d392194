"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import type { DraftRow, SlotOption } from "@/lib/auto-schedule/draft-view";
import { messageOr } from "@/lib/i18n/message-keys";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DropButton } from "./drop-button";
import { MoveForm } from "./move-form";

const sourceTone = { mutual: "success", proposal: "info", request: "neutral" } as const;

/**
 * The draft's pairs: placed ones with their time, parties and interpreter (move,
 * drop), or the ones without a place and why (place by hand). Only the row being
 * edited renders its slot picker.
 */
export function DraftRows({
  draftId,
  rows,
  slots,
  editable,
  kind,
}: {
  draftId: string;
  rows: DraftRow[];
  slots: SlotOption[];
  editable: boolean;
  kind: "placed" | "unscheduled";
}) {
  const t = useTranslations("autoSchedule.draft");
  const [editing, setEditing] = useState<string | null>(null);
  const close = useCallback(() => setEditing(null), []);

  return (
    <ul className="divide-y divide-slate-100" data-testid={`draft-${kind}`}>
      {rows.map((row) => {
        const pair = `${row.supplier} — ${row.buyer}`;
        return (
          <li key={row.id} className="space-y-2 py-3" data-testid="draft-row" data-slot={row.slotId ?? undefined}>
            <div className="flex flex-col gap-2 md:flex-row md:items-start md:justify-between">
              <div className="min-w-0 space-y-1">
                {row.time ? (
                  <p className="text-sm font-medium text-slate-900" data-testid="draft-time">
                    <span className="text-slate-500">{row.day} · </span>
                    {row.time}
                  </p>
                ) : null}
                <p className="break-words">
                  <span className="font-medium" data-testid="draft-supplier">
                    {row.supplier}
                  </span>
                  <span className="text-slate-400"> — </span>
                  <span className="font-medium" data-testid="draft-buyer">
                    {row.buyer}
                  </span>
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <Badge tone={sourceTone[row.source as keyof typeof sourceTone] ?? "neutral"}>
                    {messageOr(t, `source.${row.source}`, row.source)}
                  </Badge>
                  <span>{t("weight", { weight: row.weight })}</span>
                  {row.interpreter ? <span>{t("interpreter", { name: row.interpreter })}</span> : null}
                  {row.needsInterpreter && !row.interpreter ? <span>{t("needsInterpreter")}</span> : null}
                  {row.reason ? (
                    <Badge tone="warning" data-testid="draft-reason">
                      {messageOr(t, `reason.${row.reason}`, row.reason)}
                    </Badge>
                  ) : null}
                </p>
              </div>
              {editable && editing !== row.id ? (
                <div className="flex shrink-0 flex-wrap gap-1">
                  <Button
                    type="button"
                    size="sm"
                    variant="secondary"
                    onClick={() => setEditing(row.id)}
                    aria-label={t(kind === "placed" ? "moveLabel" : "placeLabel", { pair })}
                    data-testid="draft-move"
                  >
                    {kind === "placed" ? t("move") : t("place")}
                  </Button>
                  {kind === "placed" ? <DropButton draftId={draftId} itemId={row.id} label={pair} /> : null}
                </div>
              ) : null}
            </div>
            {editing === row.id ? (
              <MoveForm
                draftId={draftId}
                itemId={row.id}
                slots={slots}
                currentSlot={row.slotId}
                onDone={close}
                onCancel={close}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
