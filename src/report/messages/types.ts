import type { IssueCode, ParamsOf } from '../../core/codes.js';

/** A message reads only the params its code declares. */
export type Message<C extends IssueCode> = (p: ParamsOf<C>) => string;
/** Every code has a message: a missing translation fails to compile. */
export type Messages = { readonly [C in IssueCode]: Message<C> };
export type Locale = 'ja' | 'en';

/**
 * What to do about an issue of code `C` (「対処」): one plain sentence for the clerk who sends or
 * receives the file, concrete (which setting, which field, which command). A string, or a function
 * of the code's params when the advice depends on them.
 */
export type AdviceOf<C extends IssueCode> = string | ((p: ParamsOf<C>) => string);
/** Every code has advice: a code without one fails to compile (and test/core/advice.test.ts fails). */
export type Advice = { readonly [C in IssueCode]: AdviceOf<C> };
