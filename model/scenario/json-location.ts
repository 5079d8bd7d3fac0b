/**
 * Finds where JSON text goes wrong, with a line, a column and a plain-words description.
 * Used only after JSON.parse has failed: its messages differ between JavaScript engines,
 * so the position is found here by a small scanner of the JSON grammar (RFC 8259).
 * Iterative, so deeply nested text cannot overflow the stack.
 */

export interface JsonSyntaxProblem {
  /** Index in the text (UTF-16 units). */
  offset: number;
  /** 1-based line; \n, \r\n and \r all end a line. */
  line: number;
  /** 1-based column, counted in characters. */
  column: number;
  /** What is wrong, e.g. "unexpected '}' after a comma". */
  problem: string;
  /** How to fix it, when there is an obvious way. */
  hint?: string;
}

type State = 'value' | 'firstValue' | 'firstKey' | 'key' | 'colon' | 'next' | 'end';
interface Open {
  ch: '{' | '[';
  offset: number;
}
type Fail = Omit<JsonSyntaxProblem, 'line' | 'column'>;

/** The 1-based line and column of `offset`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(start, offset)).length + 1 };
}

/** `'x'`, or a name for what cannot be seen. */
function shown(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  const code = c.codePointAt(0) ?? 0;
  if (
    code < 0x20 ||
    code === 0x7f ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200f)
  ) {
    return `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${c}'`;
}

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const f = scan(text);
  return f && { ...f, ...lineColumn(text, f.offset) };
}

function scan(text: string): Fail | undefined {
  const n = text.length;
  const stack: Open[] = [];
  let state: State = 'value';
  let afterComma = false;
  let i = 0;
  const where = (o: Open): string => {
    const { line, column } = lineColumn(text, o.offset);
    return `the '${o.ch}' at line ${line}, column ${column}`;
  };
  const closed = (): State => (stack.length ? 'next' : 'end');

  for (;;) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (state === 'end') return undefined;
      const top = stack[stack.length - 1];
      if (top === undefined) return { offset: n, problem: 'the text ends before any value' };
      const closer = top.ch === '{' ? '}' : ']';
      return {
        offset: n,
        problem: 'the text ends too early',
        hint: `${where(top)} is never closed with '${closer}'`,
      };
    }
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return { offset: i, problem: 'unexpected comment', hint: 'comments are not allowed in JSON' };
    }
    switch (state) {
      case 'end':
        return {
          offset: i,
          problem: `unexpected ${shown(c)} after the end of the data`,
          hint: 'a JSON file holds one value; remove what follows it',
        };
      case 'colon':
        if (c !== ':')
          return {
            offset: i,
            problem: `unexpected ${shown(c)}`,
            hint: "a ':' must follow the field name",
          };
        i++;
        state = 'value';
        afterComma = false;
        continue;
      case 'next': {
        const top = stack[stack.length - 1];
        const closer = top.ch === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          state = top.ch === '{' ? 'key' : 'value';
          afterComma = true;
        } else if (c === closer) {
          stack.pop();
          i++;
          state = closed();
        } else if (c === '}' || c === ']') {
          return {
            offset: i,
            problem: `unexpected '${c}'`,
            hint: `'${closer}' is needed first, to close ${where(top)}`,
          };
        } else {
          return {
            offset: i,
            problem: `unexpected ${shown(c)}`,
            hint: `a ',' or '${closer}' was expected here; is a comma missing?`,
          };
        }
        continue;
      }
      case 'firstKey':
      case 'key':
        if (c === '}' && state === 'firstKey') {
          stack.pop();
          i++;
          state = closed();
          continue;
        }
        if (c === '}')
          return {
            offset: i,
            problem: "unexpected '}' after a comma",
            hint: 'remove the last comma',
          };
        if (c !== '"') {
          return {
            offset: i,
            problem: `unexpected ${shown(c)}`,
            hint: 'field names must be in double quotes, e.g. "name"',
          };
        }
        {
          const r = scanString(text, i);
          if (typeof r !== 'number') return r;
          i = r;
        }
        state = 'colon';
        continue;
      case 'firstValue':
      case 'value': {
        if (c === ']' && state === 'firstValue') {
          stack.pop();
          i++;
          state = closed();
          continue;
        }
        if ((c === ']' || c === '}') && afterComma) {
          return {
            offset: i,
            problem: `unexpected '${c}' after a comma`,
            hint: 'remove the last comma',
          };
        }
        afterComma = false;
        if (c === '{' || c === '[') {
          stack.push({ ch: c, offset: i });
          i++;
          state = c === '{' ? 'firstKey' : 'firstValue';
          continue;
        }
        const r = scanValue(text, i);
        if (typeof r !== 'number') return r;
        i = r;
        state = closed();
        continue;
      }
    }
  }
}

/** A string, number or literal starting at i: the index after it, or the failure. */
function scanValue(text: string, i: number): number | Fail {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  if (c === '-' || isDigit(c)) return scanNumber(text, i);
  if (/[A-Za-z]/.test(c)) {
    const word = /^[A-Za-z]+/.exec(text.slice(i, i + 40))?.[0] ?? c;
    if (word === 'true' || word === 'false' || word === 'null') return i + word.length;
    return {
      offset: i,
      problem: `unexpected word '${word}'`,
      hint: 'a value is a number, a text in double quotes, true, false, null, {…} or […]',
    };
  }
  if (c === "'")
    return { offset: i, problem: "unexpected '''", hint: 'texts must be in double quotes "…"' };
  return { offset: i, problem: `unexpected ${shown(c)}`, hint: 'a value was expected here' };
}

function scanString(text: string, start: number): number | Fail {
  const unclosed: Fail = {
    offset: start,
    problem: 'a text in quotes is never closed',
    hint: 'add the closing "',
  };
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    const code = text.charCodeAt(j);
    if (c === '"') return j + 1;
    if (code < 0x20) {
      if (code === 10 || code === 13)
        return { ...unclosed, offset: j, problem: 'a line break inside a text in quotes' };
      return {
        offset: j,
        problem: `${shown(c)} inside a text in quotes`,
        hint: 'remove it, or write it as a \\u escape',
      };
    }
    if (c !== '\\') continue;
    const e = text[j + 1];
    if (e === undefined) return unclosed;
    if ('"\\/bfnrt'.includes(e)) {
      j++;
    } else if (e === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6))) {
      j += 5;
    } else {
      // A letter shows as '\q'; what cannot be seen is named ("a backslash before a line
      // break"), so the message stays on one line.
      const escape = e === 'u' ? 'u' : e;
      return {
        offset: j,
        problem:
          shown(escape) === `'${escape}'`
            ? `unknown escape '\\${escape}' in a text in quotes`
            : `a backslash before ${shown(escape)} in a text in quotes`,
        hint: 'write a backslash as \\\\',
      };
    }
  }
  return unclosed;
}

function scanNumber(text: string, start: number): number | Fail {
  let j = start;
  if (text[j] === '-') j++;
  const bad = (what: string): Fail => ({
    offset: j,
    problem: `unexpected ${shown(text[j])} in a number`,
    hint: what,
  });
  if (text[j] === '0') {
    j++;
    if (isDigit(text[j]))
      return {
        offset: start,
        problem: 'a number cannot start with 0 followed by more digits',
        hint: 'write 7 rather than 07',
      };
  } else if (isDigit(text[j])) {
    while (isDigit(text[j])) j++;
  } else return bad('a digit must follow the minus sign');
  if (text[j] === '.') {
    j++;
    if (!isDigit(text[j])) return bad('a digit must follow the decimal point');
    while (isDigit(text[j])) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!isDigit(text[j])) return bad('a digit must follow the exponent');
    while (isDigit(text[j])) j++;
  }
  return j;
}
