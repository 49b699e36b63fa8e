// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { kielText } from './kiel-messages';
import { kielTextDe, kielTextEn } from './kiel-text';

describeDictionaryPair('Kiel tracker text', kielTextEn, kielTextDe, kielText, 50);
