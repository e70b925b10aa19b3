// Runs in: renderer.
//
// Adding a case to a meeting's agenda, the one way both "Casus toevoegen" and a proposed
// case (evaluationProposals) take: what came back from earlier meetings (carry-over) goes
// along, the mode follows the consents on the meeting's date, the pupil's parents are
// invited as the template says, and once stored the case is "in bespreking" (the care route).
import { todayIso } from '../../../../../shared/domain/dates';
import { caseActions } from '../../../../../shared/meetings/actieplan';
import { addAgendaItem } from '../../../../../shared/meetings/agenda';
import { carryOver } from '../../../../../shared/meetings/carryOver';
import type { Bespreekdoel, ItemMode, Meeting } from '../../../../../shared/meetings/meeting';
import { withParentsOfItem } from '../../../../../shared/meetings/planning';
import type { MeetingProblem } from '../../../../../shared/meetings/problems';
import type { MeetingTemplate } from '../../../../../shared/meetings/templates';
import { ok, type Result } from '../../../../../shared/result';
import { applyRouteEvent } from '../../../records/caseRoute';
import type { AppSession } from '../../../security/VaultProvider';
import { newRecordId } from '../../../vault';
import type { CaseOption } from './planScreenRules';
import type { AgendaContext } from './useMeetingData';

export interface NewItemFields {
  readonly bespreekdoel: Bespreekdoel;
  readonly question: string;
  readonly timeboxMinutes: number;
  readonly requestedMode: ItemMode;
}

/** The meeting with `picked` added last, and the new item's id; refused as addAgendaItem refuses. */
export function meetingWithCase(
  meeting: Meeting,
  template: MeetingTemplate,
  context: Pick<AgendaContext, 'meetings' | 'plans' | 'consents'>,
  picked: CaseOption,
  fields: NewItemFields,
  now: string,
): Result<{ readonly meeting: Meeting; readonly itemId: string }, MeetingProblem> {
  const snapshot = carryOver(picked.caseId, context.meetings, caseActions(context.plans), {
    onDate: todayIso(),
    forMeeting: meeting,
  });
  const added = addAgendaItem(
    meeting,
    {
      id: newRecordId(),
      caseId: picked.caseId,
      pupilId: picked.pupilId,
      bespreekdoel: fields.bespreekdoel,
      question: fields.question,
      timeboxMinutes: fields.timeboxMinutes,
      requestedMode: fields.requestedMode,
      carryOver: snapshot,
    },
    {
      pupil: picked.pupil,
      consents: context.consents.filter((c) => c.pupilId === picked.pupilId),
    },
    template,
    now,
  );
  if (!added.ok) return added;
  return ok({
    meeting: withParentsOfItem(
      added.value.meeting,
      added.value.item,
      picked.pupil.guardians,
      template,
      now,
      newRecordId,
    ),
    itemId: added.value.item.id,
  });
}

/** After the meeting with the new item is stored: on the agenda, the case is "in bespreking". */
export async function caseWentOnAgenda(
  session: AppSession,
  meeting: Pick<Meeting, 'id'>,
  caseId: string,
): Promise<void> {
  await applyRouteEvent(session, caseId, { cause: 'agenda', refId: meeting.id, date: todayIso() });
}
