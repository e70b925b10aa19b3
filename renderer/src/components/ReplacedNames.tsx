// Runs in: renderer.
//
// Before an anonymised document or file leaves: what the anonymisation replaced by a
// pseudonym (shared/meetings/anonymise.ts, anonymisationReport), and the two corrections
// (shared/meetings/nameCorrections.ts): keep a word that is not the pupil's name, add a
// missed form of the name. Corrections are stored in the meeting item, so the output being
// made and every later one show the same; the list follows the record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { Replacement } from '../../../shared/meetings/anonymise';
import {
  agendaInOrder,
  type Meeting,
  type NameCorrections,
} from '../../../shared/meetings/meeting';
import {
  addNameForm,
  EMPTY_NAME_CORRECTIONS,
  keepWord,
  removeNameForm,
  setNameCorrections,
  unkeepWord,
  type NameCorrectionProblem,
} from '../../../shared/meetings/nameCorrections';
import type { Result } from '../../../shared/result';
import { useSession } from '../security/VaultProvider';

/** An item that is anonymous in the output being made (also one the share filter made anonymous). */
export interface AnonymousOutputItem {
  readonly itemId: string;
  readonly pseudonym: string;
}

/** The anonymous items of a meeting as stored (the agenda and minutes outputs). */
export function anonymousOutputItems(meeting: Pick<Meeting, 'agenda'>): AnonymousOutputItem[] {
  return agendaInOrder(meeting).flatMap((i) =>
    i.mode === 'anonymous' && i.pseudonym !== undefined
      ? [{ itemId: i.id, pseudonym: i.pseudonym }]
      : [],
  );
}

export interface ReplacedNamesProps {
  readonly meetingId: string;
  readonly replaced: readonly Replacement[];
  readonly items: readonly AnonymousOutputItem[];
}

export function ReplacedNames({ meetingId, replaced, items }: ReplacedNamesProps) {
  const { t } = useTranslation();
  const session = useSession();
  /** Why the last correction was refused (said once, under the list). */
  const [problem, setProblem] = useState<string | null>(null);
  if (items.length === 0) return null;

  const message = (p: NameCorrectionProblem, found: string): string => {
    switch (p.code) {
      case 'reveals-name':
        return t('meetings.replaced.problem.revealsName', { found });
      case 'form-length':
        return t('meetings.replaced.problem.formLength');
      case 'form-not-a-name':
        return t('meetings.replaced.problem.formNotAName');
      case 'too-many':
        return t('meetings.replaced.problem.tooMany', { max: p.max });
    }
  };

  /** Applies a correction to the stored item's list and saves the meeting; false when refused. */
  const correct = async (
    itemId: string,
    found: string,
    change: (
      current: NameCorrections,
      pupilId: string,
    ) => Result<NameCorrections, NameCorrectionProblem>,
  ): Promise<boolean> => {
    const meeting = session.records.get('meeting', meetingId);
    const item = meeting?.agenda.find((i) => i.id === itemId);
    if (meeting === undefined || item === undefined) {
      setProblem(t('meetings.replaced.problem.save'));
      return false;
    }
    const next = change(item.nameCorrections ?? EMPTY_NAME_CORRECTIONS, item.pupilId);
    if (!next.ok) {
      setProblem(message(next.error, found));
      return false;
    }
    const saved = setNameCorrections(meeting, itemId, next.value, new Date().toISOString());
    if (!saved.ok) {
      setProblem(t('meetings.replaced.problem.save'));
      return false;
    }
    try {
      await session.records.put('meeting', saved.value);
      setProblem(null);
      return true;
    } catch {
      setProblem(t('meetings.replaced.problem.save'));
      return false;
    }
  };
  const pupilOf = (pupilId: string) => session.records.get('pupil', pupilId);

  const keep = (r: Replacement): void => {
    void correct(r.itemId, r.found, (current, pupilId) => {
      const pupil = pupilOf(pupilId);
      // Without the pupil record nothing can show it is not a name: refuse.
      return pupil === undefined
        ? { ok: false, error: { code: 'reveals-name' } }
        : keepWord(current, r.found, pupil);
    });
  };
  const replaceAgain = (r: Replacement): void => {
    void correct(r.itemId, r.found, (current) => ({
      ok: true,
      value: unkeepWord(current, r.found),
    }));
  };

  return (
    // A group, not an alert: it is read before saving, and holds its own alert for refusals.
    <Alert
      severity="info"
      role="group"
      aria-label={t('meetings.replaced.groupLabel')}
      data-testid="replaced-names"
    >
      <Typography>
        {replaced.length > 0 ? t('meetings.replaced.intro') : t('meetings.replaced.none')}
      </Typography>
      <Box
        component="ul"
        aria-label={t('meetings.replaced.listLabel')}
        hidden={replaced.length === 0}
        sx={{ my: 0.5, pl: 2.5 }}
      >
        {replaced.map((r) => (
          <li key={`${r.itemId}:${r.found}:${String(r.kept)}`}>
            {r.kept
              ? t('meetings.replaced.keptItem', { found: r.found, pseudonym: r.pseudonym })
              : t('meetings.replaced.item', {
                  found: r.found,
                  pseudonym: r.pseudonym,
                  count: r.count,
                })}{' '}
            <Button
              size="small"
              onClick={() => (r.kept ? replaceAgain(r) : keep(r))}
              aria-label={
                r.kept
                  ? t('meetings.replaced.replaceAgainLabel', {
                      found: r.found,
                      pseudonym: r.pseudonym,
                    })
                  : t('meetings.replaced.keepLabel', { found: r.found, pseudonym: r.pseudonym })
              }
            >
              {r.kept ? t('meetings.replaced.replaceAgain') : t('meetings.replaced.keep')}
            </Button>
          </li>
        ))}
      </Box>
      <Typography variant="body2">{t('meetings.replaced.fix')}</Typography>
      <Box role="alert" sx={{ color: 'error.main', mt: problem === null ? 0 : 1 }}>
        {problem}
      </Box>
      {items.map((item) => (
        <MissedName
          key={item.itemId}
          item={item}
          added={
            session.records.get('meeting', meetingId)?.agenda.find((i) => i.id === item.itemId)
              ?.nameCorrections?.added ?? []
          }
          correct={correct}
        />
      ))}
    </Alert>
  );
}

interface MissedNameProps {
  readonly item: AnonymousOutputItem;
  /** The forms added so far (from the stored item). */
  readonly added: readonly string[];
  readonly correct: (
    itemId: string,
    found: string,
    change: (current: NameCorrections) => Result<NameCorrections, NameCorrectionProblem>,
  ) => Promise<boolean>;
}

/** The forms added for one anonymous item, and a field to add another. */
function MissedName({ item, added, correct }: MissedNameProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const submit = (): void => {
    void correct(item.itemId, typed, (current) => addNameForm(current, typed)).then((done) => {
      if (done) setTyped('');
    });
  };
  return (
    // Not a <form>: the share dialog around it is one. Enter adds the name instead of submitting that.
    <Box sx={{ mt: 1.5 }}>
      {added.length > 0 ? (
        <Box
          component="ul"
          aria-label={t('meetings.replaced.addedLabel', { pseudonym: item.pseudonym })}
          sx={{ my: 0.5, pl: 2.5 }}
        >
          {added.map((form) => (
            <li key={form}>
              {t('meetings.replaced.addedItem', { form, pseudonym: item.pseudonym })}{' '}
              <Button
                size="small"
                onClick={() =>
                  void correct(item.itemId, form, (current) => ({
                    ok: true,
                    value: removeNameForm(current, form),
                  }))
                }
                aria-label={t('meetings.replaced.removeAddedLabel', { form })}
              >
                {t('meetings.replaced.removeAdded')}
              </Button>
            </li>
          ))}
        </Box>
      ) : null}
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
        useFlexGap
      >
        <TextField
          size="small"
          label={t('meetings.replaced.addLabel', { pseudonym: item.pseudonym })}
          helperText={t('meetings.replaced.addHelp')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            submit();
          }}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <Button
          variant="outlined"
          size="small"
          sx={{ mt: 0.5 }}
          onClick={submit}
          aria-label={t('meetings.replaced.addButtonLabel', { pseudonym: item.pseudonym })}
        >
          {t('meetings.replaced.add')}
        </Button>
      </Stack>
    </Box>
  );
}
