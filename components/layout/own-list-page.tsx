import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "./page-header";

type Props = {
  title: string;
  intro: string;
  /** The "add" link, shown in the header and in the empty state; null while the organization may not add. */
  add: { href: string; label: string } | null;
  /** Shown in place of `add` explanations: why the organization cannot add yet. */
  notApprovedNotice?: string;
  /** Page-level notices (saved, blocked ...) between the header and the list. */
  notices?: ReactNode;
  /** Sub-navigation under the header. */
  nav?: ReactNode;
  empty: { text: string; hint?: string } | null;
  children?: ReactNode;
};

/**
 * The frame shared by the lists an organization keeps of its own records (a
 * supplier's products, a buyer's purchasing requirements): heading with the add
 * button, notices, and either the empty state or the list.
 */
export function OwnListPage({ title, intro, add, notApprovedNotice, notices, nav, empty, children }: Props) {
  const addButton = (variant?: "secondary") =>
    add ? (
      <Button asChild variant={variant}>
        <Link href={add.href}>{add.label}</Link>
      </Button>
    ) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={title} intro={intro} actions={addButton()} />
      {nav}
      {notices}
      {notApprovedNotice ? (
        <Alert tone="warning" role="status">
          {notApprovedNotice}
        </Alert>
      ) : null}
      {empty ? (
        <Card className="space-y-3 py-10 text-center">
          <p className="font-medium text-slate-800">{empty.text}</p>
          {empty.hint ? <p className="mx-auto max-w-xl text-sm text-slate-600">{empty.hint}</p> : null}
          {addButton("secondary")}
        </Card>
      ) : (
        children
      )}
    </div>
  );
}
