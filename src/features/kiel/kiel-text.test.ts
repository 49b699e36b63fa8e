// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { kielText, kielTextDe, kielTextEn } from './kiel-text';

describeDictionaryPair('Kiel tracker text', kielTextEn, kielTextDe, kielText, 50);
