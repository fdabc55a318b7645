import type { IssueCode, ParamsOf } from '../../core/codes.js';

/** A message reads only the params its code declares. */
export type Message<C extends IssueCode> = (p: ParamsOf<C>) => string;
/** Every code has a message: a missing translation fails to compile. */
export type Messages = { readonly [C in IssueCode]: Message<C> };
export type Locale = 'ja' | 'en';
