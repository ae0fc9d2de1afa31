/**
 * The side-panel briefing: the story the current tab is about, from summary to sources, and the
 * mentions on the page with jump-to. Renders the view models it is given; the entrypoint wires it.
 */
import type { BriefingView, MentionRow } from '../../lib/views/briefing-view';
import type { PanelView } from '../../lib/views/panel-view';
import { summaryIn } from '../../lib/views/panel-view';
import type { StorySoFarView } from '../../lib/views/story-so-far';
import { useMessages } from '../shared/messages';
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
  /** Who's who entries' card content, made when opened (PeopleSection). */
  contents: PeopleSectionProps['contents'];
  onOpenPerson: PeopleSectionProps['onOpen'];
  onJump: (index: number, frameId?: number) => void;
  onReload: () => void;
  /** Reading memory: the reader's earlier articles about this page's people, and everyone read about. */
  reading?: { storySoFar: StorySoFarView; people: ReadPeopleSectionProps };
}

export function Briefing({
  view,
  briefing,
  mentions,
  focus,
  contents,
  onOpenPerson,
  onJump,
  onReload,
  reading,
}: BriefingProps) {
  const m = useMessages();
  if (view.kind !== 'story' || !briefing) {
    return (
      <div class="bf-briefing">
        <header class="bf-header">
          <h1 class="bs-eyebrow bf-brand">
            <span class="bs-logo bf-logo" aria-hidden="true">
              B
            </span>
            {m.t('briefingBrand')}
          </h1>
        </header>
        <main class="bf-main" aria-busy={view.kind === 'loading' || view.kind === 'reading'}>
          {view.kind === 'loading' || view.kind === 'story' ? (
            <p class="bf-empty">{m.t('loading')}</p>
          ) : (
            <PageNotice view={view} onReload={onReload} switchesAre="popup" />
          )}
        </main>
      </div>
    );
  }

  const { story } = briefing;
  const shown = summaryIn(story, m.lang);
  const nav: NavItem[] = [
    { id: 'bf-summary', label: m.t('navSummary') },
    ...(reading && reading.storySoFar.timeline.length > 0 ? [{ id: 'bf-so-far', label: m.t('navSoFar') }] : []),
    ...(briefing.positions.length > 0 ? [{ id: 'bf-positions', label: m.t('navSides') }] : []),
    { id: 'bf-people', label: m.t('navPeople'), count: briefing.people.length },
    { id: 'bf-page', label: m.t('navOnPage'), count: view.totalMentions },
    ...(briefing.timeline.length > 0 ? [{ id: 'bf-timeline', label: m.t('navTimeline') }] : []),
    ...(briefing.quotes.length > 0 ? [{ id: 'bf-quotes', label: m.t('navQuotes') }] : []),
    ...(briefing.figures.length > 0 ? [{ id: 'bf-figures', label: m.t('navFigures') }] : []),
    { id: 'bf-sources', label: m.t('navSources') },
    ...(reading && reading.people.people.length + reading.people.query.length > 0
      ? [{ id: 'bf-read-people', label: m.t('navReadAbout') }]
      : []),
  ];

  return (
    <div class="bf-briefing">
      <header class="bf-header">
        <p class="bs-eyebrow bf-brand">
          <span class="bs-logo bf-logo" aria-hidden="true">
            B
          </span>
          {m.t('briefingBrand')}
        </p>
        <h1 class="bs-headline bf-headline" lang={shown.headline.lang}>
          {shown.headline.text}
        </h1>
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
        <Section id="bf-summary" title={story.origin === 'article' ? m.t('howArticleOpens') : m.t('whatYouShouldKnow')}>
          <ul class="bf-summary" lang={shown.summary.lang}>
            {shown.summary.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </Section>
        {reading && <StorySoFarSection view={reading.storySoFar} />}
        <PositionsSection positions={briefing.positions} />
        <PeopleSection
          story={story}
          people={briefing.people}
          contents={contents}
          onOpen={onOpenPerson}
          onJump={onJump}
          {...(focus ? { focus } : {})}
        />
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
