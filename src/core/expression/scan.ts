import { FUNCTION_NAMES, isConstantName, isFunctionName, isVariableName } from './grammar';

/**
 * The first pass over a loss expression: a small tokenizer that knows exactly the grammar of
 * DESIGN §7 and refuses everything else with a message naming the problem and where it is.
 * mathjs then parses what passed (for precedence and structure), and the AST is checked again
 * against the allowlist in parse.ts — this pass is for good messages, that one is the gate.
 */

export type TokenKind = 'number' | 'name' | 'op' | 'open' | 'close';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 0-based index of the token's first character. */
  readonly at: number;
  /** For names: followed by '(' (a function call). */
  readonly call: boolean;
}

export type ScanResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: string; readonly at: number };

/** " at character N", counting from 1, for an index counted from 0. */
export function where(at: number): string {
  return ` at character ${at + 1}`;
}

const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

/** mathjs reads these words as operators; none is in the grammar. */
const WORD_OPERATORS = new Set(['mod', 'to', 'in', 'and', 'or', 'xor', 'not']);

/** A nudge for names people commonly mean. */
const FUNCTION_HINTS: Readonly<Record<string, string>> = {
  ln: 'log is the natural logarithm',
  arctan: 'write atan',
};

const FUNCTION_LIST = FUNCTION_NAMES.join(' ');

function fail(error: string, at: number): ScanResult {
  return { ok: false, error, at };
}

/**
 * Maps look-alike characters one for one (so indices still point into the text as typed):
 * every whitespace character to a space, '−' to '-', '×' and '·' / '⋅' to '*'.
 */
export function normaliseCharacters(text: string): string {
  return text
    .replace(/\s/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/[\u00d7\u00b7\u22c5]/g, '*');
}

function operandEnds(t: Token | undefined): boolean {
  if (!t) return false;
  return t.kind === 'number' || t.kind === 'close' || (t.kind === 'name' && !t.call);
}

function nextNonSpace(s: string, i: number): number {
  let k = i;
  while (s[k] === ' ') k++;
  return k;
}

/** Index of the ')' matching the '(' at `open`, or s.length if there is none. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k;
  }
  return s.length;
}

/** A refusal: what is wrong, and optionally how to fix it (shown after the position). */
interface Refusal {
  readonly what: string;
  readonly hint?: string;
}

function say(r: Refusal, at: number): ScanResult {
  return fail(`${r.what}${where(at)}${r.hint ? ` — ${r.hint}` : ''}`, at);
}

/** Why a character outside the grammar is refused. */
function refuse(s: string, i: number, prev: Token | undefined): Refusal {
  const c = s[i] ?? '';
  const next = s[i + 1] ?? '';
  switch (c) {
    case '=':
      if (next === '=') return { what: "comparisons ('==') are not allowed" };
      if (prev?.kind === 'close') {
        return { what: "function definitions ('f(x) = …') are not allowed" };
      }
      return { what: "assignment ('=') is not allowed", hint: 'type only the expression' };
    case '<':
    case '>':
      return { what: `comparisons ('${c}') are not allowed` };
    case '!':
      return next === '='
        ? { what: "comparisons ('!=') are not allowed" }
        : { what: "factorial ('!') is not allowed" };
    case '.':
      return operandEnds(prev)
        ? { what: "property access ('.') is not allowed" }
        : { what: "unexpected '.'", hint: 'numbers are written like 0.5 or .5' };
    case '[':
      return operandEnds(prev)
        ? { what: "indexing ('[ ]') is not allowed" }
        : { what: "matrices and lists ('[ ]') are not allowed" };
    case ']':
      return { what: "unexpected ']'", hint: 'matrices and indexing are not allowed' };
    case '"':
    case "'":
    case '`':
      return { what: 'strings and quotes are not allowed' };
    case ':':
      return { what: "ranges (':') are not allowed" };
    case '?':
      return { what: "conditionals ('? :') are not allowed" };
    case '%':
      return { what: "'%' is not allowed", hint: 'the operators are + - * / ^' };
    case '&':
    case '|':
    case '~':
      return { what: `logical and bitwise operators ('${c}') are not allowed` };
    case '{':
    case '}':
      return { what: "objects ('{ }') are not allowed" };
    case ';':
      return { what: "';' is not allowed", hint: 'type one expression' };
    case '#':
      return { what: "comments ('#') are not allowed" };
  }
  const code = s.codePointAt(i) ?? 0;
  const ch = String.fromCodePoint(code);
  if (ch === 'π') return { what: "unexpected 'π'", hint: 'write pi' };
  const sup = '²³⁴'.indexOf(ch);
  if (sup >= 0) return { what: `unexpected '${ch}'`, hint: `write ^${sup + 2} for a power` };
  if (ch === '√') return { what: "unexpected '√'", hint: 'write sqrt(…)' };
  if (/[\p{C}\p{Z}]/u.test(ch)) {
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    return { what: `unexpected invisible character U+${hex}` };
  }
  return { what: `unexpected '${ch}'` };
}

/**
 * Splits `s` (already through {@link normaliseCharacters}) into tokens, refusing anything
 * outside the grammar at its first occurrence from the left.
 */
export function scan(s: string): ScanResult {
  const tokens: Token[] = [];
  /** Open parentheses: the index of their token, and the function they call, if any. */
  const open: { at: number; fn: string | null }[] = [];
  let i = 0;
  const push = (t: Token): ScanResult | null => {
    const prev = tokens[tokens.length - 1];
    const starts = t.kind === 'number' || t.kind === 'name' || t.kind === 'open';
    if (starts && operandEnds(prev)) {
      const shown = t.kind === 'open' ? '(' : t.text;
      return say({ what: `missing '*' before '${shown}'`, hint: 'write 2*x, not 2x' }, t.at);
    }
    tokens.push(t);
    return null;
  };

  while (i < s.length) {
    const c = s[i] ?? '';
    if (c === ' ') {
      i++;
      continue;
    }
    const prev = tokens[tokens.length - 1];

    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[i + 1] ?? ''))) {
      NUMBER.lastIndex = i;
      const text = NUMBER.exec(s)?.[0] ?? c;
      const end = i + text.length;
      if (text === '0' && /[xXbBoO]/.test(s[end] ?? '') && /[0-9A-Za-z]/.test(s[end + 1] ?? '')) {
        return say({ what: 'only decimal numbers are allowed', hint: 'no 0x, 0b or 0o' }, i);
      }
      if (text.endsWith('.') && /[*/^]/.test(s[end] ?? '')) {
        const op = s[end] ?? '';
        return say({ what: `'.${op}' is not an operator`, hint: `write ${op} alone` }, end - 1);
      }
      if (s[end] === '.') return say({ what: "unexpected '.'", hint: "a number has one '.'" }, end);
      if (!Number.isFinite(Number(text))) {
        return say({ what: `the number ${text} is too large` }, i);
      }
      const bad = push({ kind: 'number', text, at: i, call: false });
      if (bad) return bad;
      i = end;
      continue;
    }

    if (/[A-Za-z_]/.test(c)) {
      NAME.lastIndex = i;
      const name = NAME.exec(s)?.[0] ?? c;
      const after = nextNonSpace(s, i + name.length);
      const call = s[after] === '(';
      // `a = 1` and `f(x) = x` are about the '=', whatever the name: say so first.
      const eq = call ? nextNonSpace(s, closingParen(s, after) + 1) : after;
      if (s[eq] === '=' && s[eq + 1] !== '=') {
        return say(
          call
            ? { what: "function definitions ('f(x) = …') are not allowed" }
            : { what: "assignment ('=') is not allowed", hint: 'type only the expression' },
          eq,
        );
      }
      if (WORD_OPERATORS.has(name)) {
        return say({ what: `'${name}' is not allowed`, hint: 'the operators are + - * / ^' }, i);
      }
      if (call && !isFunctionName(name)) {
        if (isVariableName(name) || isConstantName(name)) {
          return say(
            { what: `'${name}' is not a function`, hint: `write ${name}*(…) to multiply` },
            i,
          );
        }
        const hint = FUNCTION_HINTS[name] ?? `the functions are ${FUNCTION_LIST}`;
        return say({ what: `unknown function '${name}'`, hint }, i);
      }
      if (!call && isFunctionName(name)) {
        return say({ what: `'${name}' needs parentheses`, hint: `e.g. ${name}(x)` }, i);
      }
      if (!call && !isVariableName(name) && !isConstantName(name)) {
        return say({ what: `unknown name '${name}'`, hint: 'only w, or x and y, may appear' }, i);
      }
      const bad = push({ kind: 'name', text: name, at: i, call });
      if (bad) return bad;
      if (call) {
        // The '(' is next; remember which function it opens.
        const badOpen = push({ kind: 'open', text: '(', at: after, call: false });
        if (badOpen) return badOpen;
        open.push({ at: after, fn: name });
        i = after + 1;
      } else {
        i += name.length;
      }
      continue;
    }

    if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') {
      if (c === '*' && s[i + 1] === '*') {
        return say({ what: "'**' is not an operator", hint: 'write x^2 for a power' }, i);
      }
      tokens.push({ kind: 'op', text: c, at: i, call: false });
      i++;
      continue;
    }

    if (c === '(') {
      const bad = push({ kind: 'open', text: '(', at: i, call: false });
      if (bad) return bad;
      open.push({ at: i, fn: null });
      i++;
      continue;
    }

    if (c === ')') {
      const top = open.pop();
      if (!top) return say({ what: "unmatched ')'" }, i);
      if (prev?.kind === 'open') {
        return top.fn
          ? say({ what: `${top.fn}() needs an argument`, hint: `e.g. ${top.fn}(x)` }, i)
          : say({ what: "empty parentheses '()'" }, top.at);
      }
      tokens.push({ kind: 'close', text: ')', at: i, call: false });
      i++;
      continue;
    }

    if (c === ',') {
      const top = open[open.length - 1];
      return top?.fn
        ? say({ what: `${top.fn} takes exactly one argument` }, i)
        : say({ what: "unexpected ','" }, i);
    }

    return say(refuse(s, i, prev), i);
  }

  const unclosed = open[open.length - 1];
  if (unclosed) return say({ what: "unclosed '('", hint: "a ')' is missing" }, unclosed.at);
  return { ok: true, tokens };
}
