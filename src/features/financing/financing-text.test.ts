// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { financingText, financingDe, financingEn } from './financing-text';

describeDictionaryPair('Funding page text', financingEn, financingDe, financingText, 60);
