/**
 * The side-panel briefing: the story the current tab is about, from summary to sources, and the
 * mentions on the page with jump-to. Renders the view models it is given; the entrypoint wires it.
 */
import type { BriefingView, MentionRow } from '../../lib/views/briefing-view';
import type { PanelView } from '../../lib/views/panel-view';
import type { StorySoFarView } from '../../lib/views/story-so-far';
import { PageNotice } from '../shared/PageNotice';
import { FiguresSection } from './FiguresSection';
import { OnThisPage } from './OnThisPage';
import { PeopleSection, type PeopleSectionProps } from './PeopleSection';
import { PositionsSection } from './PositionsSection';
import { QuotesSection } from './QuotesSection';
import { ReadPeopleSection, type ReadPeopleSectionProps } from './ReadPeopleSection';
import { Section } from './Section';
import { type NavItem, SectionNav } from './SectionNav';
import { SourcesSection } from './SourcesSection';
import { StorySoFarSection } from './StorySoFarSection';
import { TimelineSection } from './TimelineSection';

export type BriefingState = PanelView | { kind: 'loading' };

export interface BriefingProps {
  view: BriefingState;
  briefing: BriefingView | undefined;
  mentions: readonly MentionRow[];
  focus?: PeopleSectionProps['focus'];
  onJump: (index: number) => void;
  onReload: () => void;
  /** Reading memory: the reader's earlier articles about this page's people, and everyone read about. */
  reading?: { storySoFar: StorySoFarView; people: ReadPeopleSectionProps };
}

export function Briefing({ view, briefing, mentions, focus, onJump, onReload, reading }: BriefingProps) {
  if (view.kind !== 'story' || !briefing) {
    return (
      <div class="bf-briefing">
        <header class="bf-header">
          <h1 class="bs-eyebrow bf-brand">
            <span class="bs-logo bf-logo" aria-hidden="true">
              B
            </span>
            Backstory briefing
          </h1>
        </header>
        <main class="bf-main" aria-busy={view.kind === 'loading' || view.kind === 'reading'}>
          {view.kind === 'loading' || view.kind === 'story' ? (
            <p class="bf-empty">Loading…</p>
          ) : (
            <PageNotice view={view} onReload={onReload} switchesAre="popup" />
          )}
        </main>
      </div>
    );
  }

  const { story } = briefing;
  const nav: NavItem[] = [
    { id: 'bf-summary', label: 'Summary' },
    ...(reading && reading.storySoFar.timeline.length > 0 ? [{ id: 'bf-so-far', label: 'So far' }] : []),
    ...(briefing.positions.length > 0 ? [{ id: 'bf-positions', label: 'Sides' }] : []),
    { id: 'bf-people', label: 'People', count: briefing.people.length },
    { id: 'bf-page', label: 'On page', count: view.totalMentions },
    ...(briefing.timeline.length > 0 ? [{ id: 'bf-timeline', label: 'Timeline' }] : []),
    ...(briefing.quotes.length > 0 ? [{ id: 'bf-quotes', label: 'Quotes' }] : []),
    ...(briefing.figures.length > 0 ? [{ id: 'bf-figures', label: 'Figures' }] : []),
    { id: 'bf-sources', label: 'Sources' },
    ...(reading && reading.people.people.length + reading.people.query.length > 0
      ? [{ id: 'bf-read-people', label: 'Read about' }]
      : []),
  ];

  return (
    <div class="bf-briefing">
      <header class="bf-header">
        <p class="bs-eyebrow bf-brand">
          <span class="bs-logo bf-logo" aria-hidden="true">
            B
          </span>
          Backstory briefing
        </p>
        <h1 class="bs-headline bf-headline">{story.headline}</h1>
        <p class="bf-meta">
          <span class="bf-meta__source">{story.source}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={story.date}>{story.dateLabel}</time>
          {briefing.dateline && (
            <>
              <span aria-hidden="true"> · </span>
              <span>{briefing.dateline}</span>
            </>
          )}
        </p>
      </header>
      <SectionNav items={nav} />
      <main class="bf-main">
        <Section id="bf-summary" title={story.origin === 'article' ? 'How the article opens' : 'What you should know'}>
          <ul class="bf-summary">
            {story.summary.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </Section>
        {reading && <StorySoFarSection view={reading.storySoFar} />}
        <PositionsSection positions={briefing.positions} />
        <PeopleSection story={story} people={briefing.people} onJump={onJump} {...(focus ? { focus } : {})} />
        <OnThisPage rows={mentions} total={view.totalMentions} onJump={onJump} />
        <TimelineSection events={briefing.timeline} />
        <QuotesSection quotes={briefing.quotes} />
        <FiguresSection figures={briefing.figures} />
        <SourcesSection story={story} references={briefing.references} />
        {reading && <ReadPeopleSection {...reading.people} />}
      </main>
    </div>
  );
}
