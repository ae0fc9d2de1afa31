/** A name mention as the rule-table languages read it: the shared record plus where its title is. */
import type { Mention } from '../mention';

export interface RuleMention extends Mention {
  /** Index of the title word before the name (in the run or just before it), or -1. */
  titleAt: number;
  /** Index of the first word of the title phrase ("Österreichs Außenminister": the title word). */
  titleFrom: number;
  /** Index of the last word of the title phrase when it runs past the title word ("secrétaire d'État"). */
  titleEnd?: number;
}
