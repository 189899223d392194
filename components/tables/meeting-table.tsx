import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

// The organizer's per-session tables (meetings by day, outcomes) share their frame and
// their last column, a link to the meeting; only the cells in between differ.

type Column = {
  label: string;
  /** A Tailwind width class such as "w-[18%]": fixed widths keep successive tables aligned. */
  width: string;
};

type Props = {
  testId: string;
  caption: string;
  /** e.g. "min-w-[44rem]": below it the frame scrolls sideways instead of squeezing. */
  minWidth: string;
  columns: Column[];
  /** The last column holds the "open" links; its header is for screen readers only. */
  open: { label: string; width: string };
  children: ReactNode;
};

/** A fixed-layout table of meetings in a scrolling, bordered frame. */
export function MeetingTable({ testId, caption, minWidth, columns, open, children }: Props) {
  // `relative`: the sr-only header text is absolutely placed and must not widen the page.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full ${minWidth} table-fixed text-left text-sm`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} className={column.width} />
          ))}
          <col className={open.width} />
        </colgroup>
        <thead className="bg-slate-50 text-xs font-medium text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className="px-3 py-2">
                {column.label}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{open.label}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** The last cell of a MeetingTable row: "Open", named for screen readers by time and parties. */
export function OpenMeetingCell({
  meetingId,
  label,
  ariaLabel,
}: {
  meetingId: string;
  label: string;
  ariaLabel: string;
}) {
  return (
    <td className="px-3 py-2 text-right align-top">
      <Link href={`/meetings/${meetingId}`} className="text-brand-700 hover:underline" aria-label={ariaLabel}>
        {label}
      </Link>
    </td>
  );
}
