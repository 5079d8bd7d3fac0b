/** A collapsible section of the editor, with the number of problems inside it. */
import type { ReactNode } from 'react';
import { isAtOrBelow } from './draft.ts';
import { useEditor } from './editor-context.ts';
import { fieldId } from './field-id.ts';

export interface SectionProps {
  title: string;
  /** Short words shown beside the title, e.g. "2025 → 2045, 2 000 futures". */
  summary?: string;
  /** The path the section's summary line stands for (its focus target), if any. */
  path?: string;
  /** Problems at or below these paths are counted on the summary line. */
  paths: readonly string[];
  open?: boolean;
  className?: string;
  children: ReactNode;
}

export function Section({ title, summary, path, paths, open, className, children }: SectionProps) {
  const { errors } = useEditor();
  const n = errors.filter((e) => paths.some((p) => isAtOrBelow(e.path, p))).length;
  return (
    <details className={`hwf-section ${className ?? ''}`.trim()} open={open}>
      <summary id={path === undefined ? undefined : fieldId(path)}>
        <span className="hwf-section-title">{title}</span>
        {summary ? <span className="hwf-section-summary"> {summary}</span> : null}
        {n > 0 ? (
          <span className="hwf-section-count">
            {' '}
            ({n} {n === 1 ? 'problem' : 'problems'})
          </span>
        ) : null}
      </summary>
      <div className="hwf-section-body">{children}</div>
    </details>
  );
}

/** A group of fields inside a section, with a visible title. */
export function Group({
  title,
  path,
  children,
}: {
  title: string;
  path?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className="hwf-group"
      id={path === undefined ? undefined : fieldId(path)}
      tabIndex={path === undefined ? undefined : -1}
    >
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
