import type { ReportDocument } from '../report.js';

// Workflow-command escaping, as @actions/core does it: data escapes %, CR, LF; properties also `:` and `,`.
function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * `--format github`: one GitHub Actions workflow command per diagnostic (output.md),
 * `::error file=<path>,line=<line>,col=<col>,title=<ruleId>::<message>`, line/col omitted where unknown
 * (.docx findings have paragraphs, not lines). A file that could not be read is one `::error` titled by its code.
 */
export function formatGithub(doc: ReportDocument): string {
  const lines: string[] = [];
  for (const file of doc.files) {
    if (file.error) {
      lines.push(
        `::error file=${escapeProperty(file.path)},title=${escapeProperty(file.error.code)}::${escapeData(file.error.message)}`,
      );
      continue;
    }
    for (const d of file.diagnostics) {
      const props = [`file=${escapeProperty(file.path)}`];
      if (d.location?.line != null) props.push(`line=${d.location.line}`);
      if (d.location?.line != null && d.location.column != null) props.push(`col=${d.location.column}`);
      props.push(`title=${escapeProperty(d.ruleId)}`);
      lines.push(`::${COMMAND[d.severity] ?? 'notice'} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
