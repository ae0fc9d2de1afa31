/** The options page: general switches, highlight look, sites, stories and packs, corrections, shortcuts. */
import type { Correction } from '../../lib/storage/corrections';
import type { Notice } from '../../lib/storage/notice';
import type { HighlightStyle, Settings } from '../../lib/storage/settings';
import type { SiteInput } from '../../lib/storage/site-match';
import { useMessages } from '../shared/messages';
import { NoticeText, noticeKey } from '../shared/NoticeText';
import { Switch } from '../shared/Switch';
import { CorrectionList } from './CorrectionList';
import { HighlightSettings } from './HighlightSettings';
import { type ImportStatus, PackImport } from './PackImport';
import { ReadingMemorySettings, type ReadingMemorySettingsProps } from './ReadingMemorySettings';
import { Section } from './Section';
import { type Shortcut, ShortcutList } from './ShortcutList';
import { SiteList } from './SiteList';
import { StoryList, type StoryRow } from './StoryList';

export interface OptionsPageProps {
  settings: Settings;
  /** The language dates are written in (the browser's). */
  locale: string;
  stories: readonly StoryRow[];
  importStatus: ImportStatus;
  maxPackSizeLabel: string;
  shortcuts: readonly Shortcut[] | null;
  browserName: 'chrome' | 'firefox';
  /** The reader's corrections from cards, newest first. */
  corrections: readonly Correction[];
  /** Damaged stored corrections (shown in their section, with a way to clear them). */
  correctionDamage?: Notice | undefined;
  /** Storage damage or failed saves. */
  problems: readonly Notice[];
  onGlobalChange: (on: boolean) => void;
  onStyleChange: (style: HighlightStyle) => void;
  onHoverDelayChange: (ms: number) => void;
  /** What text typed into "add a site" is as a site key. */
  siteKeyOf: (input: string) => Promise<SiteInput>;
  onAddSite: (site: string) => void;
  onRemoveSite: (site: string) => void;
  onToggleStory: (row: StoryRow, on: boolean) => void;
  onExportPack: (id: string) => void;
  onDeletePack: (id: string) => void;
  onImportFiles: (files: readonly File[]) => void;
  onOpenShortcutSettings?: () => void;
  onRemoveCorrection: (correction: Correction) => void;
  onClearDamagedCorrections: () => void;
  /** Reading memory: what the archive holds and its actions (its switch is `settings.rememberReading`). */
  reading: Omit<ReadingMemorySettingsProps, 'remember' | 'keyOf'>;
}

export function OptionsPage(props: OptionsPageProps) {
  const { settings } = props;
  const m = useMessages();
  return (
    <div class="op-page">
      <header class="op-masthead">
        <div class="op-masthead__brand">
          <span class="bs-logo op-logo" aria-hidden="true">
            B
          </span>
          <div>
            <h1>{m.t('optionsTitle')}</h1>
            <p class="op-masthead__tag">{m.t('optionsTagline')}</p>
          </div>
        </div>
      </header>

      <main class="op-main">
        {props.problems.length > 0 && (
          <div class="op-banner" role="alert">
            {props.problems.map((problem) => (
              <p key={noticeKey(problem)}>
                <NoticeText notice={problem} />
              </p>
            ))}
          </div>
        )}

        <Section id="general" title={m.t('sectionGeneral')}>
          <Switch
            label={m.t('onAllSites')}
            hint={m.t('onAllSitesHint')}
            checked={settings.enabled}
            onChange={props.onGlobalChange}
          />
          <HighlightSettings
            style={settings.highlightStyle}
            hoverDelayMs={settings.hoverDelayMs}
            disabled={!settings.enabled}
            onStyleChange={props.onStyleChange}
            onHoverDelayChange={props.onHoverDelayChange}
          />
        </Section>

        <Section id="sites" title={m.t('sectionSites')} intro={m.t('sitesIntro')}>
          <SiteList
            sites={settings.disabledSites}
            keyOf={props.siteKeyOf}
            onAdd={props.onAddSite}
            onRemove={props.onRemoveSite}
          />
        </Section>

        <Section id="stories" title={m.t('sectionStories')} intro={m.t('storiesIntro')}>
          <StoryList
            rows={props.stories}
            locale={props.locale}
            onToggle={props.onToggleStory}
            onExport={props.onExportPack}
            onDelete={props.onDeletePack}
          />
          <h3 class="op-subhead">{m.t('importPackHeading')}</h3>
          <PackImport status={props.importStatus} maxSizeLabel={props.maxPackSizeLabel} onFiles={props.onImportFiles} />
        </Section>

        <Section id="corrections" title={m.t('sectionCorrections')} intro={m.t('correctionsIntro')}>
          <CorrectionList
            corrections={props.corrections}
            locale={props.locale}
            damage={props.correctionDamage}
            onRemove={props.onRemoveCorrection}
            onClearDamaged={props.onClearDamagedCorrections}
          />
        </Section>

        <Section id="reading" title={m.t('sectionReading')} intro={m.t('readingIntro')}>
          <ReadingMemorySettings remember={settings.rememberReading} keyOf={props.siteKeyOf} {...props.reading} />
        </Section>

        <Section id="shortcuts" title={m.t('sectionShortcuts')}>
          <ShortcutList
            shortcuts={props.shortcuts}
            browserName={props.browserName}
            onOpenSettings={props.onOpenShortcutSettings}
          />
        </Section>
      </main>
    </div>
  );
}
