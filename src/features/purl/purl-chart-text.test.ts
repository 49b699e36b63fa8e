// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { purlChartText } from './purl-chart-messages';
import { purlChartTextDe, purlChartTextEn } from './purl-chart-text';

describeDictionaryPair('PURL chart text', purlChartTextEn, purlChartTextDe, purlChartText, 25);
