/**
 * A collapsible section of the editor, with the number of problems inside it. Its body is
 * rendered once the section is first opened (and kept after), so a scenario of 30
 * professions does not build thousands of hidden fields when it loads; the details element
 * names the paths it holds (`data-paths`) so that focusing a field can open the sections
 * around it first (focus.ts).
 */
import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/language-root.tsx';
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

/** True renders the bodies of closed sections too (markup for checks and print). */
const RenderClosedContext = createContext(false);
export const RenderClosedSections = RenderClosedContext.Provider;

export function Section({ title, summary, path, paths, open, className, children }: SectionProps) {
  const { errors } = useEditor();
  const t = useT();
  const renderClosed = useContext(RenderClosedContext);
  const [opened, setOpened] = useState(open === true);
  const n = errors.filter((e) => paths.some((p) => isAtOrBelow(e.path, p))).length;
  return (
    <details
      className={`hwf-section ${className ?? ''}`.trim()}
      open={open}
      data-paths={paths.join(' ')}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary id={path === undefined ? undefined : fieldId(path)}>
        <span className="hwf-section-title">{title}</span>
        {summary ? <span className="hwf-section-summary"> {summary}</span> : null}
        {n > 0 ? (
          <span className="hwf-section-count">
            {' '}
            {t('editor.section.problems', { n, count: String(n) })}
          </span>
        ) : null}
      </summary>
      <div className="hwf-section-body">
        {opened || open === true || renderClosed ? children : null}
      </div>
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
