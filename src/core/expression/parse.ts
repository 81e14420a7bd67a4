import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { isConstantName, isFunctionName, isVariableName, type Expr } from './grammar';
import { where } from './scan';

/**
 * mathjs (number-only build, parser only: no evaluate, no compile, nothing that runs code) turns
 * the text into an AST; {@link checkTree} then walks that AST against the allowlist of DESIGN §7
 * and rebuilds it as an {@link Expr}, so nothing of mathjs's node objects reaches the compiler.
 */
if (!parseDependencies) throw new Error('mathjs/number has no parser');
const math = create({ parseDependencies });

export type TreeResult =
  | { readonly ok: true; readonly expr: Expr }
  | { readonly ok: false; readonly error: string; readonly at?: number };

/** mathjs's syntax errors end in "(char N)", N counted from 1 at the token's start. */
function syntaxMessage(err: unknown, length: number): { error: string; at?: number } {
  const raw = err instanceof Error ? err.message : String(err);
  const m = /^(.*?)\s*\(char (\d+)\)$/.exec(raw);
  const char = m ? Number(m[2]) : NaN;
  const body = m ? (m[1] ?? raw) : raw;
  if (!Number.isFinite(char)) return { error: `cannot read the expression: ${body}` };
  const at = Math.max(0, char - 1);
  if (/^Unexpected end of expression/.test(body) || at >= length) {
    return { error: 'the expression is incomplete at the end', at: length };
  }
  const op = /^Unexpected (?:operator|part) "?(.*?)"?$/.exec(body);
  if (op) return { error: `unexpected '${op[1] ?? ''}'${where(at)}`, at };
  if (/^Value expected/.test(body)) {
    return { error: `a number, a name or '(' is expected${where(at)}`, at };
  }
  if (/^Parenthesis \) expected/.test(body)) return { error: `')' is expected${where(at)}`, at };
  return { error: `${body.charAt(0).toLowerCase()}${body.slice(1)}${where(at)}`, at };
}

class Refused extends Error {}

const BINARY: Readonly<Record<string, 'add' | 'sub' | 'mul' | 'div' | 'pow'>> = {
  add: 'add',
  subtract: 'sub',
  multiply: 'mul',
  divide: 'div',
  pow: 'pow',
};
const BINARY_SYMBOL: Readonly<Record<string, string>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
};

function refuse(what: string): never {
  throw new Refused(what);
}

/** Only the node kinds, operators, names and functions of the grammar; anything else throws. */
function toExpr(node: MathNode): Expr {
  switch (node.type) {
    case 'ConstantNode': {
      const value: unknown = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number')
        return refuse(`only numbers are allowed, not ${typeof value}s`);
      if (!Number.isFinite(value)) return refuse('the number is too large');
      return { kind: 'number', value, vars: false };
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: unknown }).name;
      if (typeof name !== 'string') return refuse('unexpected name');
      if (isVariableName(name)) return { kind: 'variable', name, vars: true };
      if (isConstantName(name)) return { kind: 'constant', name, vars: false };
      return refuse(`unknown name '${name}' — only w, or x and y, may appear`);
    }
    case 'ParenthesisNode': {
      const arg = toExpr((node as unknown as { content: MathNode }).content);
      return { kind: 'paren', arg, vars: arg.vars };
    }
    case 'OperatorNode': {
      const op = node as unknown as {
        fn: unknown;
        op: unknown;
        args: readonly MathNode[];
        implicit?: unknown;
      };
      const fn = typeof op.fn === 'string' ? op.fn : '';
      if (op.implicit === true) return refuse("missing '*' — write 2*x, not 2x");
      if (op.args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
        const arg = toExpr(op.args[0] as MathNode);
        return { kind: fn === 'unaryMinus' ? 'neg' : 'plus', arg, vars: arg.vars };
      }
      const kind = Object.hasOwn(BINARY, fn) ? BINARY[fn] : undefined;
      if (kind && op.args.length === 2 && op.op === BINARY_SYMBOL[fn]) {
        const left = toExpr(op.args[0] as MathNode);
        const right = toExpr(op.args[1] as MathNode);
        return { kind, left, right, vars: left.vars || right.vars };
      }
      return refuse(`the operator '${String(op.op)}' is not allowed — use + - * / ^`);
    }
    case 'FunctionNode': {
      const call = node as unknown as { fn: MathNode; args: readonly MathNode[] };
      const name =
        call.fn.type === 'SymbolNode' ? (call.fn as unknown as { name: unknown }).name : null;
      if (typeof name !== 'string') return refuse('only named functions can be called');
      if (!isFunctionName(name)) return refuse(`unknown function '${name}'`);
      if (call.args.length !== 1) return refuse(`${name} takes exactly one argument`);
      const arg = toExpr(call.args[0] as MathNode);
      return { kind: 'call', fn: name, arg, vars: arg.vars };
    }
    case 'AssignmentNode':
      return refuse("assignment ('=') is not allowed");
    case 'FunctionAssignmentNode':
      return refuse('function definitions are not allowed');
    case 'AccessorNode':
      return refuse('property access and indexing are not allowed');
    case 'IndexNode':
      return refuse('indexing is not allowed');
    case 'ArrayNode':
      return refuse('matrices and lists are not allowed');
    case 'ObjectNode':
      return refuse('objects are not allowed');
    case 'RangeNode':
      return refuse('ranges are not allowed');
    case 'ConditionalNode':
      return refuse('conditionals are not allowed');
    case 'RelationalNode':
      return refuse('comparisons are not allowed');
    case 'BlockNode':
      return refuse('only one expression is allowed');
    default:
      return refuse(`'${node.type}' is not allowed`);
  }
}

/**
 * Parses `s` with mathjs and checks the tree. `s` has already passed the tokenizer (scan.ts),
 * so the syntax errors left are structural ones, such as a missing operand.
 */
export function parseTree(s: string): TreeResult {
  let node: MathNode;
  try {
    node = math.parse(s);
  } catch (err) {
    return { ok: false, ...syntaxMessage(err, s.length) };
  }
  try {
    return { ok: true, expr: toExpr(node) };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, error: err.message };
    throw err;
  }
}
