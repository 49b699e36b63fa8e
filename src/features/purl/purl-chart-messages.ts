import { getLocale, type Locale } from '@/lib/i18n/locale';
import { purlChartTextDe, purlChartTextEn, type PurlChartText } from './purl-chart-text';

/**
 * The PURL chart's text in `locale` (default: the current one). Kept out of the app dictionary so
 * that it loads with the chart, not with the first view; read at render time, so a language switch
 * re-words the chart at once.
 */
export function purlChartText(locale: Locale = getLocale()): PurlChartText {
  return locale === 'de' ? purlChartTextDe : purlChartTextEn;
}
