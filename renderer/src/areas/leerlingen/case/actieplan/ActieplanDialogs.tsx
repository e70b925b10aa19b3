// Runs in: renderer.
//
// The actieplan tab's dialogs: add or change a goal, an action or an evaluation moment, and
// confirm deleting a goal or a moment; plus reopening a dialog whose draft survived a crash
// (Herstellen). After a save, focus moves to what was saved; after a delete, to the part's add
// button, so keyboard and screen-reader users land where they were working.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emptyActieplan,
  type Actieplan,
  type EvaluationMoment,
  type Goal,
} from '../../../../../../shared/meetings/actieplan';
import { removeEvaluation, removeGoal } from '../../../../../../shared/meetings/actieplanEdit';
import type { PlanAction } from '../../../../../../shared/meetings/actions';
import type { Leefgebied } from '../../../../../../shared/domain/leefgebieden';
import type { TextDraft } from '../../../../../../shared/records/textDraft';
import { useRestoreInto } from '../../../../app/autosave/draftRestore';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { formatIsoDate } from '../../../../i18n/dates';
import { useLanguage } from '../../../../i18n/useLanguage';
import { ActionDialog } from './ActionDialog';
import { actieplanDomId } from './actieplanDomId';
import { EvaluationDialog } from './EvaluationDialog';
import { GoalDialog } from './GoalDialog';
import type { PlanEdit } from './useActieplan';

export type OpenDialog =
  | { readonly kind: 'goal'; readonly goal?: Goal | undefined; readonly restored?: TextDraft }
  | { readonly kind: 'delete-goal'; readonly goal: Goal }
  | {
      readonly kind: 'action';
      readonly action?: PlanAction | undefined;
      readonly restored?: TextDraft;
    }
  | {
      readonly kind: 'evaluation';
      readonly moment?: EvaluationMoment | undefined;
      readonly restored?: TextDraft;
    }
  | { readonly kind: 'delete-evaluation'; readonly moment: EvaluationMoment }
  | null;

/** The dialog drafts this tab reopens after a crash (Herstellen). */
const RESTORED_KINDS = ['actieplan.goal', 'actieplan.action', 'actieplan.evaluation'] as const;

/** Opens the dialog of a draft that survived a crash, when the user chooses Herstellen. */
export function useRestoredActieplanDialog(
  caseId: string,
  plan: Actieplan | undefined,
  setOpen: (open: OpenDialog) => void,
): void {
  useRestoreInto(
    caseId,
    RESTORED_KINDS,
    useCallback(
      (draft: TextDraft) => {
        switch (draft.kind) {
          case 'actieplan.goal':
            setOpen({
              kind: 'goal',
              goal: plan?.goals.find((g) => g.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'actieplan.action':
            setOpen({
              kind: 'action',
              action: plan?.actions.find((a) => a.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'actieplan.evaluation':
            setOpen({
              kind: 'evaluation',
              moment: plan?.evaluationMoments.find((m) => m.id === draft.targetId),
              restored: draft,
            });
            return;
          case 'case.entry':
          case 'case.working-note':
          case 'case.voice':
          case 'meldcode.step':
            return;
          default: {
            const never: never = draft.kind;
            return never;
          }
        }
      },
      [plan, setOpen],
    ),
  );
}

export function ActieplanDialogs({
  caseId,
  leefgebieden,
  open,
  write,
  focusLater,
  onClose,
}: {
  readonly caseId: string;
  readonly leefgebieden: readonly Leefgebied[];
  readonly open: OpenDialog;
  readonly write: <E>(edit: PlanEdit<E>) => Promise<Actieplan>;
  readonly focusLater: (id: string) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      {open?.kind === 'goal' ? (
        <GoalDialog
          caseId={caseId}
          leefgebieden={leefgebieden}
          {...(open.goal === undefined ? {} : { goal: open.goal })}
          restored={open.restored}
          onClose={() => onClose()}
          onSaved={(id) => {
            onClose();
            focusLater(actieplanDomId('goal', id));
          }}
        />
      ) : null}
      {open?.kind === 'delete-goal' ? (
        <ConfirmDialog
          title={t('actieplan.goals.deleteDialog.title')}
          text={t('actieplan.goals.deleteDialog.text', { text: open.goal.text })}
          onClose={() => onClose()}
          onConfirm={async () => {
            await write((current, now) =>
              removeGoal(current ?? emptyActieplan(caseId, now), open.goal.id, now),
            );
            onClose();
            focusLater('actieplan-goals-add');
          }}
        />
      ) : null}
      {open?.kind === 'action' ? (
        <ActionDialog
          caseId={caseId}
          {...(open.action === undefined ? {} : { action: open.action })}
          restored={open.restored}
          onClose={() => onClose()}
          onSaved={(id) => {
            onClose();
            focusLater(actieplanDomId('action', id));
          }}
        />
      ) : null}
      {open?.kind === 'evaluation' ? (
        <EvaluationDialog
          caseId={caseId}
          {...(open.moment === undefined ? {} : { moment: open.moment })}
          restored={open.restored}
          onClose={() => onClose()}
          onSaved={(id) => {
            onClose();
            focusLater(actieplanDomId('evaluation', id));
          }}
        />
      ) : null}
      {open?.kind === 'delete-evaluation' ? (
        <ConfirmDialog
          title={t('actieplan.evaluations.deleteDialog.title')}
          text={t('actieplan.evaluations.deleteDialog.text', {
            date: formatIsoDate(open.moment.date, language),
          })}
          onClose={() => onClose()}
          onConfirm={async () => {
            await write((current, now) =>
              removeEvaluation(current ?? emptyActieplan(caseId, now), open.moment.id, now),
            );
            onClose();
            focusLater('actieplan-evaluations-add');
          }}
        />
      ) : null}
    </>
  );
}
