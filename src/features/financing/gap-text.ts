/**
 * The words of the funding gap's counting rule, headline and steps (English and German), read
 * through `gapText()`. One wording for the page, the slide, the takeaway and every export, so
 * they all carry the same rule. Functions take numbers and dates already formatted.
 */
import { getLocale, type Locale } from '@/lib/i18n/locale';

export const gapEn = {
  framing: (need: string, eu: string, share: string, partners: string) =>
    `The EU’s own arithmetic: need ${need} = EU share ${eu} (${share}, decided) + partners’ share ${partners}.`,
  partners: (since: string, listed: string, count: number, unmatched: string) =>
    `Partners’ money listed here and promised since ${since}: ${listed} (${count} ${count === 1 ? 'line' : 'lines'}, a partial list). Not matched by listed lines: ${unmatched}.`,
  percent: (value: string) => `${value}%`,
  stepsLead: 'Gap after each step of certainty:',
  step: (status: string, gap: string) => `+ ${status.toLowerCase()} → ${gap}`,
  spare: (amount: string) => `none (${amount} to spare)`,
  spareAtBound: (amount: string) =>
    `none at the lower bound (${amount} above it; the real need is larger)`,
  readingNames: { net: 'net reading', gross: 'gross reading' },
  readingLong: {
    net: (date: string) => `Net: only money promised since ${date} subtracted`,
    gross: 'Gross: every listed line subtracted',
  },
  ruleNetStated: (label: string, date: string, gross: string) =>
    `Counting rule: ${label} already counts the support promised before ${date} (its source says so), so only money promised since then is subtracted. Read as a gross need, with every listed line subtracted, the gap after all steps would be ${gross}.`,
  ruleUnstated: (label: string, date: string, gross: string, net: string) =>
    `Counting rule: the source does not say whether ${label} is a gross need or net of support promised before it was stated (${date}). Gross, with every listed line subtracted, the gap after all steps is ${gross}; net, with only money promised since then subtracted, it is ${net}.`,
  ruleProrate: (window: string) =>
    `Money for more than these years is prorated to ${window}: a paid tranche counts in the month it was paid, the rest is spread evenly over the item’s months.`,
  ruleScope:
    'Coverage is the lines researched for this page, not all support: donors without a line here are not subtracted, so a gap here is the part of the need not matched by listed lines, not proof that money is missing. The Kiel tracker is the comprehensive record of aid given.',
  lowerBound: 'The need is a lower bound (“more than”), so every gap shown is one too.',
  lowerBoundWord: 'at least',
  takeawayFraming: (need: string, since: string, eu: string, listed: string, unmatched: string) =>
    `Of the ${need} that remains after support promised before ${since}, the EU’s decided ${eu} and ${listed} of partners’ money listed since leave ${unmatched} not matched by listed lines.`,
  takeawayReadings: (
    need: string,
    primaryName: string,
    primary: string,
    otherName: string,
    other: string,
  ) => `Against ${need}, listed lines leave ${primary} (${primaryName}; ${otherName}: ${other}).`,
  takeawayNoRate: (label: string) =>
    `The need (${label}) has no reference exchange rate, so no gap is computed.`,
  colStep: 'Step of certainty',
  colAdded: (reading: string) => `Added, EUR bn (${reading})`,
  colGapAfter: (reading: string) => `Gap after the step, EUR bn (${reading})`,
  stepsCaption: (label: string) => `Gap by step of certainty, both readings: ${label}`,
  needRow: 'Need',
  colShare: 'Share in the window',
  colInWindow: 'EUR bn in the window',
  colCounted: 'Counted in',
  countedBoth: 'both readings',
  countedGrossOnly: (date: string) => `gross only (promised before ${date})`,
  linesCaption: (label: string) => `Coverage lines and how each is counted: ${label}`,
  chartRowNeed: (label: string) => `Need (${label})`,
  gapLegend: 'Gap left after the step (dashed outline)',
  chartSvgTitle: 'Funding gap after each step of certainty, EUR billion',
  chartRowAfter: (status: string) => `+ ${status.toLowerCase()}`,
  chartDesc: (need: string, steps: string) => `Need ${need}; gap after each step: ${steps}.`,
};

export type GapText = typeof gapEn;

export const gapDe = {
  framing: (need: string, eu: string, share: string, partners: string) =>
    `Die Rechnung der EU: Bedarf ${need} = EU-Anteil ${eu} (${share}, beschlossen) + Anteil der Partner ${partners}.`,
  partners: (since: string, listed: string, count: number, unmatched: string) =>
    `Hier erfasste, seit ${since} zugesagte Mittel der Partner: ${listed} (${count} ${count === 1 ? 'Posten' : 'Posten'}, eine unvollständige Liste). Nicht durch erfasste Posten gedeckt: ${unmatched}.`,
  percent: (value: string) => `${value} %`,
  stepsLead: 'Lücke nach jeder Stufe der Gewissheit:',
  step: (status: string, gap: string) => `+ ${status.toLowerCase()} → ${gap}`,
  spare: (amount: string) => `keine (${amount} Überschuss)`,
  spareAtBound: (amount: string) =>
    `keine an der Untergrenze (${amount} darüber; der tatsächliche Bedarf ist größer)`,
  readingNames: { net: 'Netto-Lesart', gross: 'Brutto-Lesart' },
  readingLong: {
    net: (date: string) => `Netto: nur seit ${date} zugesagte Mittel abgezogen`,
    gross: 'Brutto: alle erfassten Posten abgezogen',
  },
  ruleNetStated: (label: string, date: string, gross: string) =>
    `Zählregel: ${label} enthält die vor dem ${date} zugesagte Unterstützung bereits (so ihre Quelle); abgezogen werden nur seither zugesagte Mittel. Als Bruttobedarf gelesen, mit allen erfassten Posten abgezogen, betrüge die Lücke nach allen Stufen ${gross}.`,
  ruleUnstated: (label: string, date: string, gross: string, net: string) =>
    `Zählregel: Die Quelle sagt nicht, ob ${label} ein Bruttobedarf ist oder die vor ihrer Nennung (${date}) zugesagte Unterstützung schon abzieht. Brutto, mit allen erfassten Posten abgezogen, beträgt die Lücke nach allen Stufen ${gross}; netto, nur mit seither zugesagten Mitteln, ${net}.`,
  ruleProrate: (window: string) =>
    `Mittel für einen längeren Zeitraum werden anteilig auf ${window} umgelegt: Eine ausgezahlte Tranche zählt im Monat der Zahlung, der Rest wird gleichmäßig auf die Monate des Postens verteilt.`,
  ruleScope:
    'Die Deckung besteht aus den für diese Seite recherchierten Posten, nicht aus aller Unterstützung: Geber ohne Posten hier werden nicht abgezogen. Eine Lücke hier ist der Teil des Bedarfs, den erfasste Posten nicht decken, kein Beweis, dass Geld fehlt. Umfassend erfasst der Kiel-Tracker die geleistete Hilfe.',
  lowerBound: 'Der Bedarf ist eine Untergrenze („mehr als“), also auch jede gezeigte Lücke.',
  lowerBoundWord: 'mindestens',
  takeawayFraming: (need: string, since: string, eu: string, listed: string, unmatched: string) =>
    `Von den ${need}, die nach der vor dem ${since} zugesagten Unterstützung fehlen, bleiben nach den beschlossenen ${eu} der EU und ${listed} seither erfasster Mittel der Partner ${unmatched}, die erfasste Posten nicht decken.`,
  takeawayReadings: (
    need: string,
    primaryName: string,
    primary: string,
    otherName: string,
    other: string,
  ) =>
    `Gegenüber ${need} lassen die erfassten Posten ${primary} offen (${primaryName}; ${otherName}: ${other}).`,
  takeawayNoRate: (label: string) =>
    `Für den Bedarf (${label}) gibt es keinen Referenzkurs; daher wird keine Lücke berechnet.`,
  colStep: 'Stufe der Gewissheit',
  colAdded: (reading: string) => `Hinzu, Mrd. € (${reading})`,
  colGapAfter: (reading: string) => `Lücke nach der Stufe, Mrd. € (${reading})`,
  stepsCaption: (label: string) => `Lücke nach Stufen der Gewissheit, beide Lesarten: ${label}`,
  needRow: 'Bedarf',
  colShare: 'Anteil im Zeitraum',
  colInWindow: 'Mrd. € im Zeitraum',
  colCounted: 'Gezählt in',
  countedBoth: 'beiden Lesarten',
  countedGrossOnly: (date: string) => `nur brutto (vor dem ${date} zugesagt)`,
  linesCaption: (label: string) => `Posten der Deckung und wie jeder gezählt wird: ${label}`,
  chartRowNeed: (label: string) => `Bedarf (${label})`,
  gapLegend: 'Nach der Stufe verbleibende Lücke (gestrichelt)',
  chartSvgTitle: 'Finanzierungslücke nach jeder Stufe der Gewissheit, Mrd. €',
  chartRowAfter: (status: string) => `+ ${status.toLowerCase()}`,
  chartDesc: (need: string, steps: string) => `Bedarf ${need}; Lücke nach jeder Stufe: ${steps}.`,
} satisfies GapText;

export function gapText(locale: Locale = getLocale()): GapText {
  return locale === 'de' ? gapDe : gapEn;
}
