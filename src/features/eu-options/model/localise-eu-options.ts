import { germanByEnglish } from '@/lib/i18n/german-by-english';
import type { Locale } from '@/lib/i18n/locale';
import type { ComparisonCell, EuOptionsData, ReportedFigure } from '../api/eu-options-schema';
import { EU_OPTIONS_DE } from './eu-options-de';

/** The data's text in German, or null when it has none (a new or changed English line). */
export function euOptionsTextDe(text: string): string | null {
  return germanByEnglish(EU_OPTIONS_DE, text);
}

/** Text without a letter (a year, "2027") reads the same in both languages. */
const languageNeutral = (text: string) => !/\p{L}/u.test(text);

/**
 * Every text of eu-options.json that the page, slides and exports show: for the German version
 * and for data:check's "no German text" warning. Source titles (the cited document's own title)
 * and the quotes of the comparison (shown as quoted, in their original language) are left out.
 */
export function euOptionsTexts(data: EuOptionsData): string[] {
  const figure = (f: ReportedFigure) => [f.label, ...(f.note ? [f.note] : [])];
  const cell = (c: ComparisonCell) => [
    c.text,
    ...(c.note ? [c.note] : []),
    ...(c.figures ?? []).flatMap(figure),
    ...(c.conflicts ?? []).flatMap((conflict) => [
      conflict.about,
      ...(conflict.note ? [conflict.note] : []),
      ...conflict.values.flatMap(figure),
    ]),
    ...(c.quotes ?? []).map((quote) => quote.speaker),
  ];
  const d = data.calculatorDefaults;
  const texts = [
    data.title,
    data.compiledFrom,
    ...data.comparison.flatMap((row) => [row.aspect, ...cell(row.planA), ...cell(row.planB)]),
    data.guarantees.basis,
    data.guarantees.note,
    ...data.interestCost.flatMap((item) => [item.label, item.period]),
    d.rateDerivation,
    d.yearsDerivation,
    d.participantsNote,
    d.planBTotalDerivation,
  ];
  return [...new Set(texts)].filter((text) => !languageNeutral(text));
}

const cache = new WeakMap<EuOptionsData, EuOptionsData>();

/**
 * eu-options.json with its text in `locale`: German from EU_OPTIONS_DE where it has the line, the
 * English original otherwise (data:check warns). Amounts, dates, codes, sources and the quotes'
 * own words are unchanged. Cached per data object (one object per language for memoised models).
 */
export function localiseEuOptions(data: EuOptionsData, locale: Locale): EuOptionsData {
  if (locale !== 'de') return data;
  const cached = cache.get(data);
  if (cached) return cached;
  const de = (text: string) => euOptionsTextDe(text) ?? text;
  const optional = (text: string | undefined) => (text === undefined ? undefined : de(text));
  const figure = <F extends ReportedFigure>(f: F): F => ({
    ...f,
    label: de(f.label),
    note: optional(f.note),
  });
  const cell = (c: ComparisonCell): ComparisonCell => ({
    ...c,
    text: de(c.text),
    note: optional(c.note),
    figures: c.figures?.map(figure),
    conflicts: c.conflicts?.map((conflict) => ({
      ...conflict,
      about: de(conflict.about),
      note: optional(conflict.note),
      values: conflict.values.map(figure),
    })),
    quotes: c.quotes?.map((quote) => ({ ...quote, speaker: de(quote.speaker) })),
  });
  const d = data.calculatorDefaults;
  const localised: EuOptionsData = {
    ...data,
    title: de(data.title),
    compiledFrom: de(data.compiledFrom),
    comparison: data.comparison.map((row) => ({
      ...row,
      aspect: de(row.aspect),
      planA: cell(row.planA),
      planB: cell(row.planB),
    })),
    guarantees: {
      ...data.guarantees,
      basis: de(data.guarantees.basis),
      note: de(data.guarantees.note),
    },
    interestCost: data.interestCost.map((item) => ({
      ...item,
      label: de(item.label),
      period: de(item.period),
    })),
    calculatorDefaults: {
      ...d,
      rateDerivation: de(d.rateDerivation),
      yearsDerivation: de(d.yearsDerivation),
      participantsNote: de(d.participantsNote),
      planBTotalDerivation: de(d.planBTotalDerivation),
    },
  };
  cache.set(data, localised);
  return localised;
}
