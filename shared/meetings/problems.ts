// Runs in: any environment.
//
// Why a meeting operation was refused. Every code is stable; the UI translates it (nl, en)
// and documents may list it. Details are ids and codes only, never personal data.
import type { ConsentReason } from '../domain/consentEvaluation';
import type { IsoDate } from '../domain/dates';
import type { MeetingStatus } from './meeting';

export type MeetingProblem =
  // The record's state forbids the change.
  | { readonly code: 'minutes-approved' }
  | { readonly code: 'minutes-not-approved' }
  | { readonly code: 'meeting-still-concept' }
  | {
      readonly code: 'status-transition-not-allowed';
      readonly from: MeetingStatus;
      readonly to: MeetingStatus;
    }
  // Something referred to does not exist (a stale screen).
  | { readonly code: 'item-not-found'; readonly itemId: string }
  | { readonly code: 'action-not-found'; readonly itemId: string; readonly actionId: string }
  | { readonly code: 'decision-not-found'; readonly itemId: string; readonly decisionId: string }
  | { readonly code: 'attendee-not-found'; readonly attendeeId: string }
  | { readonly code: 'duplicate-id'; readonly id: string }
  // Agenda rules.
  | { readonly code: 'too-many-items'; readonly max: number }
  | { readonly code: 'case-already-on-agenda'; readonly caseId: string }
  | { readonly code: 'pupil-mismatch'; readonly itemId?: string }
  | { readonly code: 'invalid-order' }
  | {
      readonly code: 'named-without-consent';
      readonly itemId?: string;
      readonly reasons: readonly ConsentReason[];
    }
  | {
      readonly code: 'anonymous-partner-action';
      readonly itemId: string;
      readonly actionId?: string;
    }
  // Approval checks.
  | { readonly code: 'presence-unknown'; readonly attendeeIds: readonly string[] }
  | { readonly code: 'meeting-in-future'; readonly date: IsoDate }
  | { readonly code: 'decision-empty'; readonly itemId: string; readonly decisionId: string }
  | {
      readonly code: 'action-incomplete';
      readonly itemId: string;
      readonly actionId: string;
      readonly missing: readonly ('description' | 'ownerName' | 'dueDate')[];
    }
  | { readonly code: 'feedback-reason-missing'; readonly itemId: string }
  | { readonly code: 'anonymous-item-names-pupil'; readonly itemId: string; readonly field: string }
  | { readonly code: 'process-evaluation-empty' }
  // Addenda.
  | { readonly code: 'addendum-empty' }
  | { readonly code: 'addendum-before-approval' }
  // The result would not be a valid record (a bug or a value out of range); paths only.
  | { readonly code: 'invalid-meeting'; readonly paths: readonly string[] };

export type MeetingProblemCode = MeetingProblem['code'];
