/**
 * A message with elements inside it (a link, a button) as React nodes: the message is
 * formatted whole, each element's placeholder holding a marker, and the markers are then
 * replaced by the elements — so the sentence stays one message and a translator places
 * the link where the language needs it. For the report and the other result panes.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageKey, MessageValues, Translate } from '../i18n/translate.ts';

/** Marks element `i` in the formatted text (private-use characters no message holds). */
const mark = (i: number) => `\u{E000}${i}\u{E001}`;
const MARKS = /\u{E000}(\d+)\u{E001}/u;

/** Message `key` with `values`, and `elements` where their placeholders are. */
export function richText(
  t: Translate,
  key: MessageKey,
  values: MessageValues,
  elements: Readonly<Record<string, ReactNode>>,
): ReactNode[] {
  const names = Object.keys(elements);
  const marked = Object.fromEntries(names.map((name, i) => [name, mark(i)]));
  return t(key, { ...values, ...marked })
    .split(MARKS)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={i}>{elements[names[Number(part)]]}</Fragment>,
    );
}
