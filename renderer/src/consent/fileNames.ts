// Runs in: renderer.
//
// Suggested names for files the consent screens save. They hold a date only: file names end
// up in folders, recent-file lists and e-mail attachments, so never a pupil's name.
import type { IsoDate } from '../../../shared/domain/dates';

/** "toestemmingsformulier-2026-11-22.pdf" */
export function consentFormFileName(onDate: IsoDate): string {
  return `toestemmingsformulier-${onDate}.pdf`;
}
