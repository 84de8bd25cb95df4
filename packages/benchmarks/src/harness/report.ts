/** One line of the results table. */
export interface ReportRow {
  section: string;
  name: string;
  /** Parley's figure, already in `unit`. */
  ours: number;
  /** The reference's figure, or undefined where the reference has no equivalent or failed. */
  reference?: number;
  unit: string;
  /** Why there is no reference figure (printed in place of the ratio). */
  note?: string;
  /** Whether a bigger figure is better (throughput); lower is better otherwise. */
  higherIsBetter?: boolean;
}

/** Formats a figure with a precision that suits its size. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100_000) return Math.round(value).toLocaleString('en-US');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function cells(row: ReportRow): string[] {
  const reference = row.reference === undefined ? '—' : `${formatFigure(row.reference)} ${row.unit}`;
  const ratio =
    row.reference === undefined || row.reference === 0
      ? (row.note ?? '—')
      : `${(row.ours / row.reference).toFixed(2)}×`;
  return [row.name, `${formatFigure(row.ours)} ${row.unit}`, reference, ratio];
}

/** Renders rows as a Markdown table, grouped by section, with ratios ours / reference. */
export function renderTable(rows: readonly ReportRow[]): string {
  const header = ['Benchmark', 'Parley', 'Reference', 'Ratio (Parley / reference)'];
  const body: string[][] = [];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push([`**${section}**`, '', '', '']);
    }
    body.push(cells(row));
  }
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((line) => line[column]!.length)));
  const line = (values: string[]) => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...body.map(line)].join('\n');
}
