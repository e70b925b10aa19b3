// Runs in: Node (Vitest).
import { describe, expect, it } from 'vitest';
import { formFor, templateFromForm } from '../../../shared/meetings/templateForm';
import { DEFAULT_MEETING_TEMPLATES } from '../../../shared/meetings/templates';

describe('meeting template form', () => {
  const base = DEFAULT_MEETING_TEMPLATES.zorgteam;

  it('gives back the template it was filled from', () => {
    const result = templateFromForm(formFor(base), base);
    expect(result).toEqual({ ok: true, template: base });
  });

  it('names every field to correct: numbers out of range, empty role, agenda part without title or with bad minutes', () => {
    const form = formFor(base);
    const role = form.roles[0];
    const fixed = form.parts.find((p) => p.kind === 'fixed');
    if (role === undefined || fixed === undefined || fixed.kind !== 'fixed')
      throw new Error('the default template has a role and a fixed part');
    const result = templateFromForm(
      {
        ...form,
        duration: '5',
        timebox: 'x',
        roles: form.roles.map((r) => (r.key === role.key ? { ...r, role: '  ' } : r)),
        parts: form.parts.map((p) =>
          p.key === fixed.key ? { ...fixed, title: '', minutes: '241' } : p,
        ),
      },
      base,
    );
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.numbers).toEqual({ duration: true, timebox: true });
    expect(result.errors.roles.get(role.key)).toBe('required');
    expect(result.errors.parts.get(fixed.key)).toEqual({ title: 'required', minutes: true });
  });
});
