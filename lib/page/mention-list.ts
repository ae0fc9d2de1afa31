/**
 * The page's mention list, made from the scanned runs in slices: which aliases count, then every
 * counted mention in page order, the mentions of each text node (for hit-testing) and the shadow
 * roots that hold any. On a huge page this is work over tens of thousands of mentions, which in one
 * go would be a long task (docs/decisions/0027); each phase stops at its slice's deadline.
 */
import { contextGate } from '../matching/context-gate';
import type { AliasEntry } from '../story/story-model';
import type { PageMention } from './page-mentions';
import type { ScannedRun } from './page-scanner';
import { type Phase, stepThrough } from './scan-scheduler';
import { hostOf } from './shadow-roots';

export interface PublishedMention extends PageMention {
  nodes: readonly Text[];
}

export interface MentionList {
  list: PublishedMention[];
  byNode: Map<Text, PublishedMention[]>;
  /** The shadow roots holding mentions, and those above them: what the hit-test looks into. */
  roots: ShadowRoot[];
}

/** Phases that make the list from `runs()` (read when the first phase runs) and hand it to `done`. */
export function mentionListPhases(runs: () => readonly ScannedRun[], done: (made: MentionList) => void): Phase[] {
  let all: readonly ScannedRun[] = [];
  let at = 0;
  // The gate's answer depends on which aliases were found, not how often: each counts once.
  const found = new Set<AliasEntry>();
  let counts: (alias: AliasEntry) => boolean = () => false;
  const list: PublishedMention[] = [];
  const byNode = new Map<Text, PublishedMention[]>();
  const roots = new Set<ShadowRoot>();
  return [
    () => {
      all = runs();
      return true;
    },
    (deadline) => {
      at = stepThrough(at, all.length, deadline, (i) => {
        for (const mention of (all[i] as ScannedRun).mentions) found.add(mention.alias);
      });
      if (at < all.length) return false;
      counts = contextGate(found);
      at = 0;
      return true;
    },
    (deadline) => {
      at = stepThrough(at, all.length, deadline, (i) => {
        const run = all[i] as ScannedRun;
        let counted = false;
        for (const found of run.mentions) {
          if (!counts(found.alias)) continue;
          counted = true;
          const mention: PublishedMention = {
            index: list.length,
            entityId: found.alias.entityId,
            text: found.text,
            range: found.range,
            nodes: found.nodes,
          };
          list.push(mention);
          for (const node of found.nodes) {
            const listed = byNode.get(node);
            if (listed) listed.push(mention);
            else byNode.set(node, [mention]);
          }
        }
        // A run's nodes share one tree: its shadow roots are its key's.
        if (counted)
          for (let host = hostOf(run.key); host !== null; host = hostOf(host)) roots.add(host.shadowRoot as ShadowRoot);
      });
      if (at < all.length) return false;
      done({ list, byNode, roots: [...roots] });
      return true;
    },
  ];
}
