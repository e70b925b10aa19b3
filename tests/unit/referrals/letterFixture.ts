// Runs in: Node (test tooling).
//
// A referral letter's content with the diacritics the letter must keep intact.
import {
  buildLetterContent,
  type LetterContext,
  type ReferralLetterContent,
} from '../../../shared/referrals/letterContent';
import { pupil, referral } from './builders';

export const letterContext: LetterContext = {
  school: { name: 'OBS De Tweemaster', address: 'Kerkstraat 1, 3401 AB Ĳsselstein' },
  recipient: { name: 'Wijkteam Ĳsselstein-Noord', address: 'Weidstraat 5, 3401 CD Ĳsselstein' },
  pupil: pupil(),
  date: '2026-02-10',
  ib: { name: 'Anouk de Wit', role: 'intern begeleider' },
  actionTexts: { 'a-1': 'Gesprek met de coördinator passend onderwijs' },
  involvementTexts: { 'i-1': 'Şükrü Yılmaz, schoolmaatschappelijk werk' },
  leefgebiedLabels: { onderwijs: 'Onderwijs' },
  attachmentLabels: {},
};

export function letterContent(): ReferralLetterContent {
  const result = buildLetterContent(referral(), letterContext);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}
