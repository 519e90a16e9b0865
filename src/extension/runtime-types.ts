/**
 * Runtime checks for what crosses a context boundary, each one a type guard whose type TypeScript
 * infers from how it is built, so a check and its type cannot drift apart. A schema library
 * (zod/mini) would do the same, but it adds about 25 KB to the content script, which must stay
 * under 60 KB; these few combinators are all the messages need.
 */

export type Check<T> = (value: unknown) => value is T;
export type Checked<C> = C extends Check<infer T> ? T : never;

type Literal = string | number | boolean;

export const string: Check<string> = (value): value is string => typeof value === 'string';
export const boolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
export const finite: Check<number> = (value): value is number => Number.isFinite(value);
export const integer: Check<number> = (value): value is number => Number.isInteger(value);
/**
 * No reply: the receiver's handler returns nothing. Chromium hands the sender a handler's
 * `undefined` as null (a reply crosses as JSON), so both mean nothing.
 */
export const nothing: Check<void> = (value): value is void => value === undefined || value === null;

export function literal<const T extends Literal>(...values: readonly T[]): Check<T> {
  return (value): value is T => values.some((allowed) => allowed === value);
}

export function matching(pattern: RegExp): Check<string> {
  return (value): value is string => typeof value === 'string' && pattern.test(value);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value): value is T | null => value === null || check(value);
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value): value is T | undefined => value === undefined || check(value);
}

export function array<T>(check: Check<T>): Check<readonly T[]> {
  return (value): value is readonly T[] => Array.isArray(value) && value.every((item) => check(item));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function record<T>(check: Check<T>): Check<Readonly<Record<string, T>>> {
  return (value): value is Readonly<Record<string, T>> => isRecord(value) && Object.values(value).every((item) => check(item));
}

type Shape = Readonly<Record<string, Check<unknown>>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Checked<S[K]> ? K : never }[keyof S];
type ObjectOf<S extends Shape> = { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & {
  readonly [K in OptionalKeys<S>]?: Checked<S[K]>;
};

/** An object with (at least) these fields; other fields are allowed and left alone. */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  const entries = Object.entries(shape);
  return (value): value is ObjectOf<S> => isRecord(value) && entries.every(([key, check]) => check(value[key]));
}
