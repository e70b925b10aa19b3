// Runs in: renderer.
//
// The meldcode texts that depend on the domain's codes: field errors, refusals, the next
// thing to do. One place, so the tab, the dialogs and the case header say the same.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/domain/dates';
import {
  MELDCODE_STEPS,
  type MeldcodeNext,
  type MeldcodeProblem,
  type MeldcodeStep,
} from '../../../shared/meldcode/meldcode';
import { useFormatIsoDate } from '../i18n/useFormatIsoDate';
import type { MeldcodeFieldError } from '../../../shared/meldcode/meldcodeForms';

export function stepNumber(step: MeldcodeStep): number {
  return MELDCODE_STEPS.indexOf(step) + 1;
}

export interface MeldcodeText {
  readonly stepTitle: (step: MeldcodeStep) => string;
  readonly outOfOrder: (step: MeldcodeStep, missing: MeldcodeStep) => string;
  readonly fieldError: (
    error: MeldcodeFieldError | undefined,
    field?: string,
  ) => string | undefined;
  readonly problem: (problem: MeldcodeProblem) => string;
  /** A dialog's error line: the rule that refused the save, else a failed write, else nothing. */
  readonly saveError: (refusal: MeldcodeProblem | undefined, failed: boolean) => string | undefined;
  readonly next: (next: MeldcodeNext) => string;
}

export function useMeldcodeText(signalDate: IsoDate): MeldcodeText {
  const { t } = useTranslation();
  const formatIsoDate = useFormatIsoDate();
  const stepTitle = useCallback((step: MeldcodeStep) => t(`meldcode.steps.${step}.title`), [t]);
  const outOfOrder = useCallback(
    (step: MeldcodeStep, missing: MeldcodeStep) =>
      t('meldcode.stepList.outOfOrder', {
        number: stepNumber(step),
        title: stepTitle(step),
        missingNumber: stepNumber(missing),
        missingTitle: stepTitle(missing),
      }),
    [t, stepTitle],
  );
  const fieldError = useCallback(
    (error: MeldcodeFieldError | undefined, field?: string): string | undefined => {
      if (error === undefined) return undefined;
      switch (error) {
        case 'beforeSignal':
          return t('meldcode.errors.beforeSignal', { date: formatIsoDate(signalDate) });
        case 'required':
          if (field === 'decision') return t('meldcode.errors.decisionRequired');
          if (field === 'reason') return t('meldcode.errors.reasonRequired');
          if (field === 'reasons') return t('meldcode.errors.reasonsRequired');
          if (field?.startsWith('answer') === true) return t('meldcode.errors.answerRequired');
          return t('meldcode.errors.required');
        case 'invalidDate':
        case 'inFuture':
        case 'tooLong':
        case 'nobody':
          return t(`meldcode.errors.${error}`);
      }
    },
    [t, formatIsoDate, signalDate],
  );
  const problem = useCallback(
    (p: MeldcodeProblem): string => {
      switch (p.code) {
        case 'meldcode.out-of-order':
          return t('meldcode.errors.refused', {
            reason: t('meldcode.errors.outOfOrder', {
              number: stepNumber(p.missing),
              title: stepTitle(p.missing),
            }),
          });
        case 'meldcode.date-before-signal':
          return t('meldcode.errors.beforeSignal', { date: formatIsoDate(p.signalDate) });
        case 'meldcode.date-in-future':
          return t('meldcode.errors.inFuture');
        case 'meldcode.reasons-required':
          return t('meldcode.errors.reasonsRequired');
        case 'meldcode.answer-before-report':
          return t('meldcode.report.answerBeforeReport');
        case 'meldcode.closed':
          return t('meldcode.errors.closedTrack');
        case 'meldcode.not-reported':
        case 'meldcode.no-decision':
        case 'meldcode.invalid':
          return t('meldcode.errors.saveFailed');
      }
    },
    [t, stepTitle, formatIsoDate],
  );
  const next = useCallback(
    (n: MeldcodeNext): string => {
      switch (n.kind) {
        case 'step':
          return t('meldcode.next.step', { number: stepNumber(n.step), title: stepTitle(n.step) });
        case 'report':
          return t('meldcode.next.report');
        case 'answer':
          return n.overdue
            ? t('meldcode.next.answerOverdue', { date: formatIsoDate(n.dueDate) })
            : t('meldcode.next.answer', { date: formatIsoDate(n.dueDate) });
        case 'close':
          return t('meldcode.next.close');
        case 'closed':
          return t('meldcode.next.closed');
      }
    },
    [t, stepTitle, formatIsoDate],
  );
  const saveError = useCallback(
    (refusal: MeldcodeProblem | undefined, failed: boolean): string | undefined =>
      refusal !== undefined
        ? problem(refusal)
        : failed
          ? t('meldcode.errors.saveFailed')
          : undefined,
    [t, problem],
  );
  return { stepTitle, outOfOrder, fieldError, problem, saveError, next };
}
