// Unit tests for the invitation: the .ics parses as iCalendar (ical.js), carries the
// meeting's kind, time (Europe/Amsterdam) and place only, uses CRLF and folds at 75
// octets; the e-mail draft is Dutch and holds no personal data.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldIcsLine,
  formatDutchDateWithWeekday,
  meetingInvitationEmail,
  meetingInvitationIcs,
} from '../../../shared/meetings/invitation';
import { NOW, pupils, threeCaseZorgteam, unwrap } from './builders';

/** ical.js types its parse result as any; the jCal array is all the Component needs. */
function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

const options = { uidDomain: 'zorgtafel.local', now: NOW, pupils };

describe('meetingInvitationIcs', () => {
  it('parses as iCalendar with UID, DTSTAMP, times in Europe/Amsterdam, summary and location', () => {
    const text = unwrap(meetingInvitationIcs(threeCaseZorgteam(), options));
    const calendar = parseCalendar(text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const event = calendar.getFirstSubcomponent('vevent');
    if (event === null || zone === null) throw new Error('no event');
    expect(event.getFirstPropertyValue('uid')).toBe('m-1@zorgtafel.local');
    expect(event.getFirstPropertyValue('summary')).toBe('Zorgteam');
    expect(event.getFirstPropertyValue('location')).toBe('Teamkamer, OBS De Tweemaster');
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-03-10T15:45:00Z');
    const start = event.getFirstProperty('dtstart');
    expect(start?.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(String(start?.getFirstValue())).toBe('2026-03-10T15:00:00');
    // With the VTIMEZONE registered, 15:00 in March (CET, +01:00) is 14:00 UTC.
    ICAL.TimezoneService.register(zone);
    const parsed = new ICAL.Event(event);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-10T15:30:00.000Z');
    ICAL.TimezoneService.remove('Europe/Amsterdam');
  });

  it('handles summer time: a June meeting at 15:00 is 13:00 UTC', () => {
    const text = unwrap(
      meetingInvitationIcs({ ...threeCaseZorgteam(), date: '2026-06-16' }, options),
    );
    const calendar = parseCalendar(text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    const event = calendar.getFirstSubcomponent('vevent');
    if (zone === null || event === null) throw new Error('no event');
    ICAL.TimezoneService.register(zone);
    expect(new ICAL.Event(event).startDate.toJSDate().toISOString()).toBe(
      '2026-06-16T13:00:00.000Z',
    );
    ICAL.TimezoneService.remove('Europe/Amsterdam');
  });

  it('contains no pupil or parent name, no attendee and no agenda', () => {
    const text = unwrap(meetingInvitationIcs(threeCaseZorgteam(), options));
    for (const word of [
      'Zoë',
      'Zoe',
      'Daan',
      'Çelik',
      'Noor',
      'Vries',
      'Berg',
      'Marieke',
      'Fatima',
      'Anouk',
      'Joost',
      'ATTENDEE',
      'ORGANIZER',
      'p-zoe',
      'c-1',
      'Hoe verder',
    ]) {
      expect(text).not.toContain(word);
    }
  });

  it('uses CRLF line ends and folds lines at 75 octets without splitting characters', () => {
    const longPlace =
      'Vergaderzaal De Ĳsselmeerzaal, eerste verdieping, naast de coördinatorenkamer, gebouw ruïne-oost';
    const text = unwrap(
      meetingInvitationIcs({ ...threeCaseZorgteam(), place: longPlace }, options),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const event = parseCalendar(text).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('location')).toBe(longPlace);
  });

  it('folds and escapes by the RFC', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldIcsLine(`X:${'ë'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`X:${'ë'.repeat(60)}`);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('refuses a place that names a pupil or parent, and a bad UID domain', () => {
    expect(
      meetingInvitationIcs({ ...threeCaseZorgteam(), place: 'Bij familie Çelik thuis' }, options),
    ).toEqual({ ok: false, error: { code: 'invitation.place-names-pupil' } });
    expect(
      meetingInvitationIcs(threeCaseZorgteam(), { ...options, uidDomain: 'not a domain' }),
    ).toEqual({ ok: false, error: { code: 'invitation.invalid-uid-domain' } });
    expect(meetingInvitationIcs(threeCaseZorgteam(), { ...options, now: 'gisteren' })).toEqual({
      ok: false,
      error: { code: 'invitation.invalid-now' },
    });
  });
});

describe('meetingInvitationEmail', () => {
  it('is a Dutch draft with kind, day, time and place, and no personal data', () => {
    const mail = unwrap(
      meetingInvitationEmail(threeCaseZorgteam(), { schoolName: 'OBS De Tweemaster', pupils }),
    );
    expect(mail.subject).toBe('Uitnodiging zorgteam dinsdag 10 maart 2026, 15:00-16:30 uur');
    expect(mail.body).toContain(
      'Hierbij nodig ik je uit voor het zorgteam op dinsdag 10 maart 2026 van 15:00 tot 16:30 uur, Teamkamer, OBS De Tweemaster.',
    );
    expect(mail.body).toContain('bewust geen namen');
    for (const word of ['Zoë', 'Daan', 'Noor', 'Anouk', 'Joost', 'Marieke'])
      expect(`${mail.subject}\n${mail.body}`).not.toContain(word);
    expect(
      meetingInvitationEmail({ ...threeCaseZorgteam(), place: 'Thuis bij Noor' }, { pupils }),
    ).toEqual({ ok: false, error: { code: 'invitation.place-names-pupil' } });
  });

  it('names the weekday', () => {
    expect(formatDutchDateWithWeekday('2026-03-15')).toBe('zondag 15 maart 2026');
    expect(formatDutchDateWithWeekday('2026-03-09')).toBe('maandag 9 maart 2026');
  });
});
