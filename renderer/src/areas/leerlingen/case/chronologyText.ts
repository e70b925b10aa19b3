// Runs in: renderer.
//
// How one chronology item reads on screen, in the UI language: its kind, title and text.
// The PDF uses the Dutch twin of this (shared/documents/caseSummary.ts), so a printed file
// is Dutch whatever language the screen is in.
import type { TFunction } from 'i18next';
import type { ChronologyItem, ExternalEventLabel } from '../../../../../shared/domain/chronology';
import type { Consent } from '../../../../../shared/domain/consent';
import type { IsoDate } from '../../../../../shared/domain/dates';

export interface ChronologyItemText {
  readonly title: string;
  readonly body: string;
}

function consentScope(t: TFunction, consent: Consent): string {
  const purpose = t(`cases.purposes.${consent.purpose}`);
  const base =
    consent.recipientOrganisationName === undefined
      ? purpose
      : t('cases.chronology.scopeWith', { purpose, recipient: consent.recipientOrganisationName });
  return consent.documentName === undefined ? base : `${base}: ${consent.documentName}`;
}

/** An external event (meeting, referral) in the screen's language. */
function externalTitle(label: ExternalEventLabel, t: TFunction): string {
  switch (label.kind) {
    case 'meeting-discussed':
      return t(
        label.anonymous
          ? 'cases.chronology.external.discussedAnonymous'
          : 'cases.chronology.external.discussed',
        { meeting: t(`cases.chronology.external.meetingIn.${label.meetingKind}`) },
      );
    case 'meeting-action':
      return t('cases.chronology.external.action', { description: label.description });
    case 'referral-status': {
      const title = t('cases.chronology.external.referralStatus', {
        status: t(`referrals.statuses.${label.status}`).toLowerCase(),
        recipient: label.recipient,
      });
      return label.reason === undefined ? title : `${title}: ${label.reason}`;
    }
    case 'referral-feedback':
      return t('cases.chronology.external.feedback', {
        from: label.from,
        recipient: label.recipient,
      });
    case 'referral-route':
      return t('cases.chronology.external.route', { route: t(`referrals.routes.${label.route}`) });
    default: {
      const never: never = label;
      throw new Error(`unknown external event ${String(never)}`);
    }
  }
}

export function chronologyItemText(
  item: ChronologyItem,
  t: TFunction,
  formatIsoDate: (date: IsoDate) => string,
): ChronologyItemText {
  switch (item.source) {
    case 'signal':
      return {
        title: t('cases.chronology.signalTitle', { raisedBy: item.signal.raisedBy }),
        body: item.signal.description,
      };
    case 'entry': {
      const { entry } = item;
      if (entry.kind === 'status' && entry.status !== undefined) {
        return {
          title: t('cases.chronology.statusTitle', {
            status: t(`cases.status.${entry.status}`).toLowerCase(),
          }),
          body:
            entry.statusCause !== undefined
              ? t(`cases.chronology.statusCause.${entry.statusCause}`)
              : entry.body.trim() === ''
                ? ''
                : t('cases.chronology.reason', { reason: entry.body }),
        };
      }
      return { title: entry.title, body: entry.body };
    }
    case 'consent-given':
      return {
        title: t('cases.chronology.consentGiven', { scope: consentScope(t, item.consent) }),
        body: t('cases.chronology.consentValidUntil', {
          date: formatIsoDate(item.consent.validUntil),
        }),
      };
    case 'consent-withdrawn':
      return {
        title: t('cases.chronology.consentWithdrawn', { scope: consentScope(t, item.consent) }),
        body:
          item.consent.withdrawn === undefined
            ? ''
            : t('cases.chronology.withdrawnBy', { name: item.consent.withdrawn.by }),
      };
    case 'involvement': {
      const { involvement } = item;
      const role =
        involvement.organisationName === undefined
          ? involvement.role
          : `${involvement.role}, ${involvement.organisationName}`;
      return {
        title: t('cases.chronology.involvementTitle', { name: involvement.name, role }),
        body: '',
      };
    }
    case 'external':
      return { title: externalTitle(item.event.label, t), body: '' };
    default: {
      const never: never = item;
      throw new Error(`unknown chronology item ${String(never)}`);
    }
  }
}
