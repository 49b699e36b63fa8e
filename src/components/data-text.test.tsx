import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/lib/i18n/locale';
import { shownText } from '@/lib/i18n/shown-text';
import { DataText } from './data-text';

afterEach(() => setLocale('en'));

describe('DataText', () => {
  const english = 'Canada "is also allocating approximately $2 billion"';
  const german = 'Kanada „is also allocating approximately $2 billion“ (sinngemäß: rund 2 Mrd. $)';

  it('German page: German text, the English quotation inside it marked lang="en"', () => {
    setLocale('de');
    const { container } = render(<DataText shown={shownText(english, german, 'de')} />);
    const outer = container.firstElementChild!;
    expect(outer).not.toHaveAttribute('lang');
    expect(outer).toHaveTextContent(german);
    const quoted = outer.querySelectorAll('[lang="en"]');
    expect([...quoted].map((q) => q.textContent)).toEqual([
      'is also allocating approximately $2 billion',
    ]);
  });

  it('German page, no German text: the English original marked lang="en" as a whole', () => {
    setLocale('de');
    const { container } = render(<DataText shown={shownText(english, undefined, 'de')} />);
    expect(container.firstElementChild).toHaveAttribute('lang', 'en');
    expect(container.querySelectorAll('[lang]')).toHaveLength(1);
  });

  it('English page: the English text, no lang', () => {
    const { container } = render(<DataText shown={shownText(english, german, 'en')} />);
    expect(container.firstElementChild).not.toHaveAttribute('lang');
    expect(container).toHaveTextContent(english);
  });
});
