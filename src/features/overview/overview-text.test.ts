// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { overviewText, overviewTextDe, overviewTextEn } from './overview-text';

describeDictionaryPair('Overview text', overviewTextEn, overviewTextDe, overviewText, 20);
