/** "Examples" and "New scenario": a disclosure menu (keyboard-accessible by nature). */
import { useRef } from 'react';
import { EXAMPLES } from '../data/examples/index.ts';

export interface ScenarioMenuProps {
  onExample: (id: string) => void;
  onNew: () => void;
}

export function ScenarioMenu({ onExample, onNew }: ScenarioMenuProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const choose = (action: () => void) => {
    action();
    if (details.current) details.current.open = false;
  };
  return (
    <details className="menu" ref={details}>
      <summary>Examples and new</summary>
      <ul className="menu-list">
        {EXAMPLES.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => choose(() => onExample(e.id))}>
              Open example: {e.title}
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => choose(onNew)}>
            New scenario from a template
          </button>
        </li>
      </ul>
    </details>
  );
}
