// Runs in: renderer.
//
// Why a shared file was not made: the content would be refused by every receiver (see
// shared/sharing/sealCheck.ts). Each problem names the field, the item it belongs to and how
// many characters too long it is, so the user knows what to shorten.
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SharedMeetingContent } from '../../../shared/sharing/meetingContent';
import type { SealProblem } from '../../../shared/sharing/sealCheck';

/** Field names the message knows a label for; anything else is "a text". */
const FIELDS = [
  'question',
  'situation',
  'discussed',
  'decisions',
  'description',
  'outcome',
  'ownerName',
  'ownerOrganisation',
  'place',
  'name',
  'role',
  'organisation',
  'schoolName',
] as const;
type FieldName = (typeof FIELDS)[number];

function fieldOf(problem: SealProblem): FieldName | null {
  const last = [...problem.path].reverse().find((p): p is string => typeof p === 'string');
  return FIELDS.find((f) => f === last) ?? null;
}

/** The subject ("Leerling B", or the name) of the item a path lies in, if any. */
function subjectOf(problem: SealProblem, content: SharedMeetingContent): string | null {
  const [first, index] = problem.path;
  if (first !== 'items' || typeof index !== 'number') return null;
  const subject = content.items[index]?.subject;
  if (subject === undefined) return null;
  return subject.mode === 'named' ? subject.pupilName : subject.pseudonym;
}

export function UnsealableAlert({
  problems,
  content,
}: {
  readonly problems: readonly SealProblem[];
  readonly content: SharedMeetingContent;
}) {
  const { t, i18n } = useTranslation();
  const number = (n: number): string => n.toLocaleString(i18n.language);
  const sentence = (s: string): string => s.charAt(0).toLocaleUpperCase(i18n.language) + s.slice(1);
  return (
    <Alert severity="error" role="alert">
      <Typography>{t('sharing.share.unsealable.intro')}</Typography>
      <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
        {problems.map((p) => {
          const field = fieldOf(p);
          const label =
            field === null
              ? t('sharing.share.unsealable.fields.other')
              : t(`sharing.share.unsealable.fields.${field}`);
          const subject = subjectOf(p, content);
          const where = sentence(
            subject === null
              ? label
              : t('sharing.share.unsealable.inItem', { field: label, subject }),
          );
          return (
            <li key={p.path.join('.')}>
              {p.code === 'too-long'
                ? t('sharing.share.unsealable.tooLong', {
                    where,
                    over: number(p.length - p.max),
                    length: number(p.length),
                    max: number(p.max),
                  })
                : t('sharing.share.unsealable.invalid', { where })}
            </li>
          );
        })}
      </Box>
      <Typography>{t('sharing.share.unsealable.fix')}</Typography>
    </Alert>
  );
}
