/**
 * A whole sentence from the catalogue with parts of it marked up (code, a link): the
 * message keeps its placeholders where the elements go (`add a column {region}`), and the
 * elements are put in place after the message is formatted, so the translation decides
 * where they stand.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageKey, MessageValues, Translate } from '../i18n/translate.ts';

/** Marks a placeholder in the formatted text (characters no message holds). */
const mark = (i: number) => `\u0000${i}\u0000`;

/** The message `key` with `values`, and `elements` in place of their placeholders. */
export function richText(
  t: Translate,
  key: MessageKey,
  elements: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode[] {
  const nodes = Object.values(elements);
  const marked = Object.fromEntries(Object.keys(elements).map((name, i) => [name, mark(i)]));
  const text = t(key, { ...values, ...marked });
  return text.split('\u0000').map((part, i) =>
    // Odd parts are the numbers of the elements, even parts text.
    i % 2 === 1 ? <Fragment key={i}>{nodes[Number(part)]}</Fragment> : part,
  );
}
