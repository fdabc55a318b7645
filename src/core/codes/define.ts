/**
 * How an issue code is declared: its default severity and the types of its params. The params'
 * types are what makes a message type-safe: a message can only read the params its code declares,
 * and an emitter must set every param that is not optional.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A param's type; a trailing `?` makes it optional. */
export type ParamType = 'string' | 'number' | 'string?' | 'number?';
export type ParamDecl = Readonly<Record<string, ParamType>>;

export interface CodeDecl<P extends ParamDecl = ParamDecl> {
  readonly severity: Severity;
  readonly params: P;
  /**
   * Under `profile: 'strict'` (vendor tests) this warning is an error: the spec or MHLW's
   * 記載要領 states the rule without doubt. A doubtful rule is never strict.
   */
  readonly strict?: true;
}

/** Declares one code: `code('error', { max: 'number', actual: 'number' })`, `code('warning', {}, { strict: true })`. */
export const code = <const P extends ParamDecl = {}>(severity: Severity, params?: P, options: { readonly strict?: true } = {}): CodeDecl<P> => ({
  severity,
  params: (params ?? {}) as P,
  ...options,
});

type ValueOf<T extends ParamType> = T extends 'string' | 'string?' ? string : number;
type RequiredKeys<P extends ParamDecl> = { [K in keyof P]: P[K] extends 'string' | 'number' ? K : never }[keyof P];
type OptionalKeys<P extends ParamDecl> = { [K in keyof P]: P[K] extends 'string?' | 'number?' ? K : never }[keyof P];

/** The params object a declaration describes. */
export type ParamsFromDecl<P extends ParamDecl> = { readonly [K in RequiredKeys<P>]: ValueOf<P[K]> } & { readonly [K in OptionalKeys<P>]?: ValueOf<P[K]> };
