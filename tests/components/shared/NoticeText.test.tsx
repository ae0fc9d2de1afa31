import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MessagesProvider } from '../../../components/shared/messages';
import { NoticeText, noticeKey } from '../../../components/shared/NoticeText';
import { notice } from '../../../lib/storage/notice';
import { ukrainian } from '../../helpers/messages';

describe('NoticeText', () => {
  it('words a notice in the interface’s language', () => {
    const { container } = render(
      <MessagesProvider value={ukrainian}>
        <p>
          <NoticeText notice={notice('packEmpty')} />
        </p>
      </MessagesProvider>,
    );
    expect(container.textContent).toBe('Файл порожній.');
  });

  it('shows the story checker’s own words as they are, marked English', () => {
    const { container } = render(
      <MessagesProvider value={ukrainian}>
        <p>
          <NoticeText notice='missing required field "name"' />
        </p>
      </MessagesProvider>,
    );
    const detail = container.querySelector('span');
    expect(detail?.textContent).toBe('missing required field "name"');
    expect(detail?.getAttribute('lang')).toBe('en');
  });

  it('keys notices that say different things apart', () => {
    expect(noticeKey(notice('packMissing', 'a'))).not.toBe(noticeKey(notice('packMissing', 'b')));
    expect(noticeKey('text')).toBe('text');
  });
});
