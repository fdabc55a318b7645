import type { IssueCode } from '../core/codes.js';
import type { IssueParams } from '../core/issue.js';

export type Message = (p: IssueParams) => string;
/** Every code has a message: a missing translation fails to compile. */
export type Messages = Readonly<Record<IssueCode, Message>>;
export type Locale = 'ja' | 'en';
