import type { ReactNode } from "react";

export type Column = { label: string; numeric?: boolean };

/** A report table: caption, header row, rows; scrolls sideways on a phone rather than squeezing. */
export function DataTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  columns: Column[];
  rows: ReactNode[][];
  testId?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 print:overflow-visible">
      <table className="w-full min-w-[28rem] text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`px-3 py-2 font-medium ${column.numeric ? "text-right" : ""}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row" className="px-3 py-2 text-left font-normal break-words text-slate-900">
                    {cell}
                  </th>
                ) : (
                  <td key={column} className={`px-3 py-2 tabular-nums ${columns[column]?.numeric ? "text-right" : ""}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
