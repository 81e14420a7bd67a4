/**
 * The custom-loss grammar (DESIGN §7): decimal numbers, `pi`, `e`, the variables `w` (1D) or
 * `x` and `y` (2D), `+ - * / ^`, unary minus and plus, parentheses, and the one-argument
 * functions below. Multiplication is always written with `*`: `2x` is refused with a message
 * saying to write `2*x`, because mathjs's implicit multiplication binds tighter than `/`
 * (`1/2x` would mean 1/(2x)), which surprises people more than the message does.
 */

/** The longest expression accepted (the URL's `f`, DESIGN §3). */
export const MAX_LOSS_LENGTH = 300;

/** The allowed functions, all of one argument. `log` is the natural logarithm. */
export const FUNCTION_NAMES = [
  'sin',
  'cos',
  'tan',
  'exp',
  'log',
  'sqrt',
  'abs',
  'tanh',
  'sinh',
  'cosh',
  'atan',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export type VariableName = 'w' | 'x' | 'y';
export type ConstantName = 'pi' | 'e';

export function isFunctionName(name: string): name is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(name);
}

export function isVariableName(name: string): name is VariableName {
  return name === 'w' || name === 'x' || name === 'y';
}

export function isConstantName(name: string): name is ConstantName {
  return name === 'pi' || name === 'e';
}

export const CONSTANT_VALUES: Readonly<Record<ConstantName, number>> = { pi: Math.PI, e: Math.E };

/** A checked expression: only what the grammar allows. `vars` tells whether a variable occurs. */
export type Expr =
  | { readonly kind: 'number'; readonly value: number; readonly vars: false }
  | { readonly kind: 'constant'; readonly name: ConstantName; readonly vars: false }
  | { readonly kind: 'variable'; readonly name: VariableName; readonly vars: true }
  | { readonly kind: 'paren'; readonly arg: Expr; readonly vars: boolean }
  | { readonly kind: 'neg' | 'plus'; readonly arg: Expr; readonly vars: boolean }
  | {
      readonly kind: 'add' | 'sub' | 'mul' | 'div' | 'pow';
      readonly left: Expr;
      readonly right: Expr;
      readonly vars: boolean;
    }
  | {
      readonly kind: 'call';
      readonly fn: FunctionName;
      readonly arg: Expr;
      readonly vars: boolean;
    };
