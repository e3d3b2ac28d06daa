import { describe, expect, it } from 'vitest';
import { validationError, AppError } from '../../shared/result';
import { fieldMessage, formErrors } from '../../renderer/src/ui/formErrors';

const labels = { name: 'Name', target: 'Target' };
const bodyOf = (error: AppError) => ({ code: error.code, message: error.message, details: error.details });

describe('formErrors: refused ops onto form fields', () => {
  it('maps issues under the prefix to their fields, labelled, first message per field', () => {
    const error = validationError([
      { path: 'sla.target', message: 'must not be negative' },
      { path: 'sla.target', message: 'is too large' },
      { path: 'sla.name', message: 'SLA name is required' },
    ]);
    expect(formErrors(bodyOf(error), 'sla', labels)).toEqual({ byField: { target: 'Target must not be negative', name: 'SLA name is required' }, general: null });
  });

  it('maps an unprefixed path, and a refusal that names its field, to that field', () => {
    expect(formErrors(bodyOf(validationError([{ path: 'name', message: 'must be text' }])), '', labels).byField).toEqual({ name: 'Name must be text' });
    const conflict = new AppError('CONFLICT', 'A scenario named "Base" already exists in this plan.', { field: 'patch.name' });
    expect(formErrors(bodyOf(conflict), 'patch', labels)).toEqual({ byField: { name: 'A scenario named "Base" already exists in this plan.' }, general: null });
  });

  it('ignores fields the form does not have, and inherited keys', () => {
    const error = validationError([{ path: 'sla.constructor', message: 'odd' }, { path: 'other.name', message: 'not ours' }]);
    expect(formErrors(bodyOf(error), 'sla', labels)).toEqual({ byField: {}, general: 'sla.constructor: odd (and 1 more)' });
  });

  it('a sentence no field owns reaches the user without its technical path', () => {
    const error = validationError([{ path: 'patch.assumptions', message: '"MQL delivery" follows the plan: its target would be too large.' }]);
    expect(error.message).toMatch(/^patch\.assumptions: /);
    expect(formErrors(bodyOf(error), 'patch.assumptions', labels).general).toBe('"MQL delivery" follows the plan: its target would be too large.');
    const phrase = validationError([{ path: 'patch.assumptions', message: 'must change at least one field' }]);
    expect(formErrors(bodyOf(phrase), 'patch', labels).general).toBe('patch.assumptions: must change at least one field');
  });

  it('fieldMessage falls back to the op message', () => {
    const error = bodyOf(new AppError('NOT_FOUND', 'Plan was not found.'));
    expect(fieldMessage(error, 'patch', 'name', 'Name')).toBe('Plan was not found.');
    expect(fieldMessage(bodyOf(validationError([{ path: 'patch.name', message: 'is too long' }])), 'patch', 'name', 'Name')).toBe('Name is too long');
  });
});
