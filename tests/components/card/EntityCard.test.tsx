import { fireEvent, render, screen, within } from '@testing-library/preact';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/card/EntityCard';
import { MessagesProvider } from '../../../components/shared/messages';
import { StorySchema } from '../../../data/schema';
import seedStory from '../../../data/stories/istanbul-talks-2025.json';
import { buildCatalog } from '../../../lib/story/story-model';
import { type CardContent, cardContent } from '../../../lib/views/card-content';
import { articleTestStory } from '../../helpers/article-test-story';
import { cardTestStory } from '../../helpers/card-test-story';
import { ukrainian } from '../../helpers/messages';

const catalog = buildCatalog([cardTestStory]);
const seed = buildCatalog([v.parse(StorySchema, seedStory)]);

function seedContent(entityId: string): CardContent {
  const c = cardContent(seed, entityId, 'istanbul-talks-2025', 'en-GB');
  if (!c) throw new Error(`no card for ${entityId}`);
  return c;
}

function content(entityId: string): CardContent {
  const c = cardContent(catalog, entityId, 'test-talks', 'en-GB');
  if (!c) throw new Error(`no card for ${entityId}`);
  return c;
}

describe('EntityCard', () => {
  it('is a dialog named after the entity, with type, side, role and description', () => {
    render(<EntityCard content={content('vladimir-medinsky')} mentions={{ ordinal: 1, count: 3 }} />);
    const dialog = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    expect(within(dialog).getByText('Person')).toBeTruthy();
    expect(within(dialog).getByText('Russia')).toBeTruthy();
    expect(within(dialog).getByText('Head of the Russian delegation')).toBeTruthy();
    expect(dialog.textContent).toContain('As of 16 May 2025');
    expect(within(dialog).getByText('Kremlin aide and former culture minister who leads Russia’s team.')).toBeTruthy();
  });

  it('shows the cited article sentence, quoted, only when the reader asks for the source', () => {
    render(<EntityCard content={content('vladimir-medinsky')} mentions={{ ordinal: 1, count: 1 }} />);
    const fact = screen.getByText('Led the failed 2022 negotiations.').closest('li') as HTMLElement;
    const toggle = within(fact).getByRole('button', { name: 'Source' });
    const sentence = '“Medinsky led the failed 2022 negotiations at the start of the invasion.”';
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(fact).getByText(sentence).closest('[hidden]')).not.toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(fact).getByText(sentence).closest('[hidden]')).toBeNull();
  });

  it('labels a background fact as background, with its reference and as-of date', () => {
    render(<EntityCard content={content('vladimir-medinsky')} mentions={{ ordinal: 1, count: 1 }} />);
    const fact = screen
      .getByText('Served as Russia’s culture minister from 2012 to 2020.')
      .closest('li') as HTMLElement;
    expect(within(fact).getByText('Background')).toBeTruthy();
    fireEvent.click(within(fact).getByRole('button', { name: 'Source' }));
    expect(fact.textContent).toContain('Vladimir Medinsky, Aide to the President');
    expect(fact.textContent).toContain('True as of 21 January 2020');
  });

  it('shows the entity’s quote with its context', () => {
    render(<EntityCard content={content('vladimir-medinsky')} mentions={{ ordinal: 1, count: 1 }} />);
    const quote = screen.getByText('“find possible solutions and points of contact.”');
    expect(quote.closest('figure')?.textContent).toContain('On the eve of the talks, Thursday');
  });

  it('shows Ukrainian and Russian spellings, marked with their language', () => {
    render(<EntityCard content={content('volodymyr-zelensky')} mentions={{ ordinal: 2, count: 4 }} />);
    expect(screen.getByRole('dialog', { name: 'Volodymyr Zelensky' })).toBeTruthy();
    expect(screen.getByText('Зеленський').getAttribute('lang')).toBe('uk');
    expect(screen.getByText('Зеленский').getAttribute('lang')).toBe('ru');
    expect(screen.getByText('Ukraine')).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('shows no spellings line, quote or connections for an entity without them', () => {
    render(<EntityCard content={content('istanbul')} mentions={{ ordinal: 1, count: 1 }} />);
    expect(screen.getByText('Place')).toBeTruthy();
    expect(screen.queryByText('Also written')).toBeNull();
    expect(screen.queryByText('Connections')).toBeNull();
    expect(screen.queryByText('Key facts')).toBeNull();
  });

  it('opens a related entity’s card from its connection', () => {
    const onOpenEntity = vi.fn();
    render(
      <EntityCard
        content={content('vladimir-medinsky')}
        mentions={{ ordinal: 1, count: 1 }}
        onOpenEntity={onOpenEntity}
      />,
    );
    expect(screen.getByText('was sent by')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vladimir Putin' }));
    expect(onOpenEntity).toHaveBeenCalledWith('vladimir-putin');
  });

  it('counts the mentions on the page and moves between them', () => {
    const onPreviousMention = vi.fn();
    const onNextMention = vi.fn();
    render(
      <EntityCard
        content={content('volodymyr-zelensky')}
        mentions={{ ordinal: 2, count: 4 }}
        onPreviousMention={onPreviousMention}
        onNextMention={onNextMention}
      />,
    );
    expect(screen.getByText('4 mentions on this page')).toBeTruthy();
    expect(screen.getByText(', this is mention 2 of 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next mention of Volodymyr Zelensky' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous mention of Volodymyr Zelensky' }));
    expect(onNextMention).toHaveBeenCalledTimes(1);
    expect(onPreviousMention).toHaveBeenCalledTimes(1);
  });

  it('disables previous / next for a single mention and says when there is none', () => {
    const { rerender } = render(<EntityCard content={content('istanbul')} mentions={{ ordinal: 1, count: 1 }} />);
    expect(screen.getByText('1 mention on this page')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next mention of Istanbul' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(<EntityCard content={content('istanbul')} mentions={{ ordinal: 0, count: 0 }} />);
    expect(screen.getByText('Not mentioned on this page')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next mention of Istanbul' })).toBeNull();
  });

  it('asks for the briefing and closes on Esc or the close button', () => {
    const onOpenBriefing = vi.fn();
    const onClose = vi.fn();
    render(
      <EntityCard
        content={content('istanbul')}
        mentions={{ ordinal: 1, count: 1 }}
        onOpenBriefing={onOpenBriefing}
        onClose={onClose}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open briefing' }));
    expect(onOpenBriefing).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab inside the card, wrapping at both ends', () => {
    render(<EntityCard content={content('istanbul')} mentions={{ ordinal: 1, count: 2 }} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const buttons = within(dialog).getAllByRole('button');
    const first = buttons[0] as HTMLElement;
    const last = buttons[buttons.length - 1] as HTMLElement;
    expect(last.textContent).toBe('Open briefing');
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('offers the way back when it shows a related entity', () => {
    const onBack = vi.fn();
    render(
      <EntityCard
        content={content('vladimir-putin')}
        mentions={{ ordinal: 0, count: 0 }}
        back={{ name: 'Vladimir Medinsky', onBack }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Back to Vladimir Medinsky' }));
    expect(onBack).toHaveBeenCalled();
  });
});

describe('EntityCard with the seed story', () => {
  it('introduces Medinsky as head of the Russian delegation, with his fullest quote', () => {
    render(<EntityCard content={seedContent('vladimir-medinsky')} mentions={{ ordinal: 1, count: 5 }} />);
    const dialog = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    expect(within(dialog).getByText('Head of the Russian delegation')).toBeTruthy();
    expect(dialog.querySelector('.bs-card__side')?.textContent).toBe('Side: Russia');
    expect(within(dialog).getByRole('button', { name: 'Russia' })).toBeTruthy();
    expect(within(dialog).getByText('“find possible solutions and points of contact”')).toBeTruthy();
    expect(within(dialog).getByText('5 mentions on this page')).toBeTruthy();
    expect(dialog.querySelector('.bs-card__provenance')?.textContent).toBe(
      'From the story Ukraine–Russia talks in Istanbul, May 2025, as reported by Verily News on 16 May 2025.',
    );
  });

  it('shows Zelensky’s Ukrainian and Russian spellings', () => {
    render(<EntityCard content={seedContent('volodymyr-zelensky')} mentions={{ ordinal: 1, count: 3 }} />);
    expect(screen.getByText('Володимир Зеленський').getAttribute('lang')).toBe('uk');
    expect(screen.getByText('Владимир Зеленский').getAttribute('lang')).toBe('ru');
  });

  it('labels Umerov’s background facts, naming the reference, once all facts are shown', () => {
    const content = seedContent('rustem-umerov');
    render(<EntityCard content={content} mentions={{ ordinal: 1, count: 1 }} />);
    const more = screen.queryByRole('button', { name: /^Show \d+ more facts?$/ });
    if (more) fireEvent.click(more);
    const backgroundFacts = content.facts.filter((f) => f.source.kind === 'background');
    expect(backgroundFacts.length).toBeGreaterThan(0);
    expect(screen.getAllByText('Background')).toHaveLength(backgroundFacts.length);
    for (const fact of backgroundFacts) {
      const item = screen.getByText(fact.text).closest('li') as HTMLElement;
      fireEvent.click(within(item).getByRole('button', { name: 'Source' }));
      if (fact.source.kind === 'background') expect(item.textContent).toContain(fact.source.referenceTitle);
    }
  });

  it('shows three facts at first and the rest on request', () => {
    const content = seedContent('vladimir-putin');
    expect(content.facts.length).toBeGreaterThan(3);
    render(<EntityCard content={content} mentions={{ ordinal: 1, count: 1 }} />);
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('bs-card__fact'))).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: `Show ${content.facts.length - 3} more facts` }));
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('bs-card__fact'))).toHaveLength(
      content.facts.length,
    );
  });
});

describe('EntityCard for a name read from the page’s article', () => {
  const withArticle = buildCatalog([cardTestStory, articleTestStory]);
  const fidan = () => {
    const c = cardContent(withArticle, 'hakan-fidan', articleTestStory.id, 'en-GB');
    if (!c) throw new Error('no card for hakan-fidan');
    return c;
  };

  it('says plainly that it comes from this article, with the role as written', () => {
    render(<EntityCard content={fidan()} mentions={{ ordinal: 1, count: 2 }} />);
    const dialog = screen.getByRole('dialog', { name: 'Hakan Fidan' });
    expect(within(dialog).getByText('In this article')).toBeTruthy();
    expect(within(dialog).getByText('Turkey’s Foreign Minister')).toBeTruthy();
    expect(within(dialog).getByText('As this article puts it')).toBeTruthy();
    expect(within(dialog).getByText(/Read by Backstory, in your browser, from this article/)).toBeTruthy();
    expect(within(dialog).queryByText(/Side:/)).toBeNull();
  });

  it('opens with the sentence that introduces the person and shows their quote', () => {
    render(<EntityCard content={fidan()} mentions={{ ordinal: 1, count: 2 }} />);
    const dialog = screen.getByRole('dialog', { name: 'Hakan Fidan' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      within(dialog).getByText('Turkey’s Foreign Minister Hakan Fidan opened the session in Istanbul.').className,
    ).toContain('bs-card__description--quoted');
    expect(within(dialog).getByText('“We want the war to end”')).toBeTruthy();
    expect(within(dialog).getByText('Also in this article')).toBeTruthy();
  });

  it('shows a curated card with an “In this article” section for a curated person', () => {
    const medinsky = cardContent(withArticle, 'vladimir-medinsky', articleTestStory.id, 'en-GB');
    if (!medinsky) throw new Error('no card');
    render(<EntityCard content={medinsky} mentions={{ ordinal: 1, count: 1 }} />);
    const dialog = screen.getByRole('dialog', { name: 'Vladimir Medinsky' });
    const section = within(dialog).getByRole('heading', { name: 'In this article' }).closest('section') as HTMLElement;
    expect(within(section).getByText('Vladimir Medinsky led the Russian side.')).toBeTruthy();
    expect(within(dialog).getByText('Key facts')).toBeTruthy();
  });
});

describe('EntityCard: jumping to the article’s sentences', () => {
  const withArticle = buildCatalog([cardTestStory, articleTestStory]);

  it('offers “Show” beside each line of the page’s article, naming the sentence it shows', () => {
    const fidan = cardContent(withArticle, 'hakan-fidan', articleTestStory.id, 'en-GB');
    if (!fidan) throw new Error('no card');
    const onShowSentence = vi.fn();
    render(<EntityCard content={fidan} mentions={{ ordinal: 1, count: 2 }} onShowSentence={onShowSentence} />);
    const buttons = screen.getAllByRole('button', { name: 'Show this sentence in the article' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onShowSentence).toHaveBeenCalledWith('Fidan sat between the two delegations.');
  });

  it('offers it on a curated card’s “In this article” lines, and not on its curated facts', () => {
    const medinsky = cardContent(withArticle, 'vladimir-medinsky', articleTestStory.id, 'en-GB');
    if (!medinsky) throw new Error('no card');
    const onShowSentence = vi.fn();
    render(<EntityCard content={medinsky} mentions={{ ordinal: 1, count: 1 }} onShowSentence={onShowSentence} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show this sentence in the article' }));
    expect(onShowSentence).toHaveBeenCalledWith('Vladimir Medinsky led the Russian side.');
  });
});

describe('EntityCard in Ukrainian', () => {
  function renderUkrainian(entityId: string, count: number) {
    render(
      <MessagesProvider value={ukrainian}>
        <EntityCard content={seedContent(entityId)} mentions={{ ordinal: 1, count }} onClose={() => {}} />
      </MessagesProvider>,
    );
    return screen.getByRole('dialog');
  }

  it('labels the card in Ukrainian and says so in its lang, while the story’s text stays English', () => {
    const card = renderUkrainian('vladimir-medinsky', 5);
    expect(card.getAttribute('lang')).toBe('uk');
    expect(card.textContent).toContain('Особа');
    expect(card.textContent).toContain('Росія');
    expect(card.textContent).toContain('5 згадок на цій сторінці');
    expect(screen.getByRole('button', { name: 'Закрити картку' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Відкрити огляд' })).toBeTruthy();
    expect(card.querySelector('.bs-card__role')?.getAttribute('lang')).toBe('en');
    expect(card.querySelector('.bs-card__description')?.getAttribute('lang')).toBe('en');
  });

  it('counts two mentions in the “few” form (згадки)', () => {
    expect(renderUkrainian('volodymyr-zelensky', 2).textContent).toContain('2 згадки на цій сторінці');
  });
});
