// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { purlChartText, purlChartTextDe, purlChartTextEn } from './purl-chart-text';

describeDictionaryPair('PURL chart text', purlChartTextEn, purlChartTextDe, purlChartText, 25);
