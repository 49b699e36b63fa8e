// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { euOptionsText, euOptionsDe, euOptionsEn } from './eu-options-text';

describeDictionaryPair('EU options text', euOptionsEn, euOptionsDe, euOptionsText, 60);
