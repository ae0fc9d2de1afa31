/**
 * The off-page probe's content script as the page's part of the product would weigh: the probe
 * (offpage-page.ts) and, unrun, the modules the page would keep (the bridge, the card's loader,
 * trigger and commands, the page side of the article reading, the highlights, the observer, the
 * scheduler, the hit-test's pointer tracker, the live settings), so that evaluating it costs what
 * such a content script's evaluation would.
 */
import * as articleReading from '../entrypoints/content/article-reading';
import * as bridge from '../entrypoints/content/bridge';
import * as cardCommands from '../entrypoints/content/card-commands';
import * as cardLoader from '../entrypoints/content/card-loader';
import * as cardTrigger from '../entrypoints/content/card-trigger';
import * as extensionContext from '../lib/extension/extension-context';
import * as pageMessages from '../lib/extension/page-messages';
import * as pageScriptContext from '../lib/extension/page-script-context';
import * as articleDetection from '../lib/page/article-detection';
import * as mentionList from '../lib/page/mention-list';
import * as mentionNavigation from '../lib/page/mention-navigation';
import * as pageObserver from '../lib/page/page-observer';
import * as pageScanner from '../lib/page/page-scanner';
import * as pointerTracker from '../lib/page/pointer-tracker';
import * as scanScheduler from '../lib/page/scan-scheduler';
import * as shadowRoots from '../lib/page/shadow-roots';
import * as liveSettings from '../lib/storage/live-settings';
import highlightsCss from '../public/highlights.css?inline';
import './offpage-page';

// Referenced, so that the bundle keeps every export; never run here.
(globalThis as Record<string, unknown>).__offpageKept = [
  articleReading,
  bridge,
  cardCommands,
  cardLoader,
  cardTrigger,
  extensionContext,
  pageMessages,
  pageScriptContext,
  articleDetection,
  mentionList,
  mentionNavigation,
  pageObserver,
  pageScanner,
  pointerTracker,
  scanScheduler,
  shadowRoots,
  liveSettings,
  highlightsCss,
];
