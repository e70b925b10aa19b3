// Runs in: any environment.
//
// What a referral contributes to the case chronology (buildChronology's external events):
// each status change after the concept and each feedback received, so the case shows
// "verstuurd", "contact opgenomen", "terugkoppeling van …" in date order.
import type { ExternalChronologyEvent } from '../domain/chronology';
import type { Referral, ReferralStatus } from './referral';

const STATUS_TITLES_NL: Readonly<Record<ReferralStatus, string>> = {
  concept: 'Verwijzing in concept',
  verstuurd: 'Verwijzing verstuurd',
  'contact-opgenomen': 'Verwijzing: contact opgenomen',
  'intake-gedaan': 'Verwijzing: intake gedaan',
  'hulp-gestart': 'Verwijzing: hulp gestart',
  afgesloten: 'Verwijzing afgesloten',
  teruggestuurd: 'Verwijzing teruggestuurd',
};

/** Chronology events of one referral; keys are stable ("referral:<id>:status:<n>"). */
export function referralChronologyEvents(
  referral: Referral,
  recipientName: string,
): ExternalChronologyEvent[] {
  const statusEvents = referral.history.flatMap((change, index): ExternalChronologyEvent[] =>
    change.status === 'concept'
      ? []
      : [
          {
            key: `referral:${referral.id}:status:${index}`,
            kind: 'verwijzing',
            date: change.date,
            recordedAt: referral.createdAt,
            title: `${STATUS_TITLES_NL[change.status]} (${recipientName})${change.reason === undefined ? '' : `: ${change.reason}`}`,
            label: {
              kind: 'referral-status',
              status: change.status,
              recipient: recipientName,
              ...(change.reason === undefined ? {} : { reason: change.reason }),
            },
            refId: referral.id,
          },
        ],
  );
  const feedbackEvents = referral.feedback.map((f, index): ExternalChronologyEvent => ({
    key: `referral:${referral.id}:feedback:${index}`,
    kind: 'terugkoppeling',
    date: f.date,
    recordedAt: referral.createdAt,
    title: `Terugkoppeling van ${f.from} (${recipientName})`,
    label: { kind: 'referral-feedback', from: f.from, recipient: recipientName },
    refId: referral.id,
  }));
  const routeEvents: ExternalChronologyEvent[] =
    referral.route === undefined
      ? []
      : [
          {
            key: `referral:${referral.id}:route`,
            kind: 'verwijzing',
            date: referral.route.date,
            recordedAt: referral.createdAt,
            title: `Gezin koos een andere route: ${ROUTE_LABELS_NL[referral.route.kind]}`,
            label: { kind: 'referral-route', route: referral.route.kind },
            refId: referral.id,
          },
        ];
  return [...statusEvents, ...feedbackEvents, ...routeEvents];
}

export const ROUTE_LABELS_NL = {
  huisarts: 'via de huisarts',
  'veilig-thuis': 'via Veilig Thuis',
  'eigen-initiatief': 'op eigen initiatief',
  anders: 'een andere route',
} as const;
