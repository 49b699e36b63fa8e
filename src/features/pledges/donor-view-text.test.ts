// @vitest-environment node
import { describeDictionaryPair } from '@/lib/i18n/dictionary-suite';
import { disputeText, disputeTextDe, disputeTextEn } from './dispute-text';
import { donorViewText, donorViewTextDe, donorViewTextEn } from './donor-view-text';

describeDictionaryPair('Donor view text', donorViewTextEn, donorViewTextDe, donorViewText, 10);
describeDictionaryPair('Dispute text', disputeTextEn, disputeTextDe, disputeText, 8, ['mark']);
