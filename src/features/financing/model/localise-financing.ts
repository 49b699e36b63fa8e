import type { Locale } from '@/lib/i18n/locale';
import type { FinancingData, FinancingSource } from '../api/financing-schema';
import { financingTextDe } from './financing-german';

/** Text without a letter (a year, "2026-2027") reads the same in both languages. */
export const languageNeutral = (text: string) => !/\p{L}/u.test(text);

/**
 * Every text of financing.json that the page, slides and exports show, in one list: for the
 * German version and for data:check's "no German text" warning. Sources keep their titles (the
 * cited document's own title, a citation); their notes are translated.
 */
export function financingTexts(data: FinancingData): string[] {
  const n = data.needs;
  const notes = new Set<string>();
  JSON.stringify(data, (key, value: unknown) => {
    if (key === 'sources' && Array.isArray(value))
      for (const source of value as FinancingSource[]) if (source.note) notes.add(source.note);
    return value;
  });
  return [
    ...notes,
    data.title,
    data.compiledFrom,
    ...(data.framing ? [data.framing.statement] : []),
    ...n.estimates.flatMap((e) => [
      e.label,
      e.shortLabel,
      e.period,
      e.statedBy,
      e.basis,
      ...(e.breakdown ?? []).map((part) => part.label),
      ...(e.conflicts ?? []).map((conflict) => conflict.statement),
      ...(e.netOf ? [e.netOf.statement] : []),
    ]),
    ...n.context.flatMap((c) => [c.label, c.period, c.scope]),
    ...data.coverage.flatMap((item) => [
      item.label,
      item.period,
      item.note,
      ...item.dates.map((date) => date.what),
      ...(item.tranches ?? []).flatMap((t) => [t.label, ...(t.note ? [t.note] : [])]),
    ]),
    ...data.notCounted.flatMap((item) => [item.label, item.reason]),
    ...data.timeline.flatMap((event) => [event.title, event.what, event.outcome]),
  ].filter((text) => !languageNeutral(text));
}

const cache = new WeakMap<FinancingData, FinancingData>();

/**
 * financing.json with its text in `locale`: German from financing-de.ts where it has the line, the
 * English original otherwise (data:check warns). Amounts, dates, ids and sources are unchanged.
 * Cached per data object, so the page's memoised models see one object per language.
 */
export function localiseFinancing(data: FinancingData, locale: Locale): FinancingData {
  if (locale !== 'de') return data;
  const cached = cache.get(data);
  if (cached) return cached;
  const de = (text: string) => financingTextDe(text) ?? text;
  // Every source list, wherever it is: its notes in German (a deep copy of the data).
  const withNotes = JSON.parse(JSON.stringify(data), (key, value: unknown) =>
    key === 'sources' && Array.isArray(value)
      ? (value as FinancingSource[]).map((source) =>
          source.note ? { ...source, note: de(source.note) } : source,
        )
      : value,
  ) as FinancingData;
  const n = withNotes.needs;
  const localised: FinancingData = {
    ...withNotes,
    title: de(withNotes.title),
    compiledFrom: de(withNotes.compiledFrom),
    framing: withNotes.framing && {
      ...withNotes.framing,
      statement: de(withNotes.framing.statement),
    },
    needs: {
      ...n,
      estimates: n.estimates.map((e) => ({
        ...e,
        label: de(e.label),
        shortLabel: de(e.shortLabel),
        period: de(e.period),
        statedBy: de(e.statedBy),
        basis: de(e.basis),
        breakdown: e.breakdown?.map((part) => ({ ...part, label: de(part.label) })),
        conflicts: e.conflicts?.map((c) => ({ ...c, statement: de(c.statement) })),
        netOf: e.netOf && { ...e.netOf, statement: de(e.netOf.statement) },
      })),
      context: n.context.map((c) => ({
        ...c,
        label: de(c.label),
        period: de(c.period),
        scope: de(c.scope),
      })),
    },
    coverage: withNotes.coverage.map((item) => ({
      ...item,
      label: de(item.label),
      period: de(item.period),
      note: de(item.note),
      dates: item.dates.map((date) => ({ ...date, what: de(date.what) })),
      tranches: item.tranches?.map((t) => ({
        ...t,
        label: de(t.label),
        note: t.note === undefined ? undefined : de(t.note),
      })),
    })),
    notCounted: withNotes.notCounted.map((item) => ({
      ...item,
      label: de(item.label),
      reason: de(item.reason),
    })),
    timeline: withNotes.timeline.map((event) => ({
      ...event,
      title: de(event.title),
      what: de(event.what),
      outcome: de(event.outcome),
    })),
  };
  cache.set(data, localised);
  return localised;
}
