// Previewing a KPI file or pasted text in a fresh plan (today is 10 Feb 2027), for the import tests.
import { expect } from 'vitest';
import type { OpInput } from '../../shared/contract';
import { testCore, type TestCore } from './helpers';

export type Options = Partial<Pick<OpInput<'kpis.previewImport'>, 'decimal' | 'rates' | 'userDecimal'>>;

export async function planCore() {
  const core = await testCore({ context: { now: () => '2027-02-10T12:00:00.000Z' } });
  const { id: planId } = await core.must('plans.create', { name: 'P', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
  return { core, planId };
}

export async function preview(content: Buffer | string, options: Options = {}, seed?: (core: TestCore, planId: string) => Promise<unknown>) {
  const { core, planId } = await planCore();
  if (seed) await seed(core, planId);
  const before = core.snapshot();
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const result = await core.call('kpis.previewImport', { planId, source: { kind: 'file', fileName: 'kpis.csv', contentBase64: bytes.toString('base64') }, ...options });
  expect(core.snapshot()).toEqual(before); // a preview never writes
  return result;
}

export async function pasted(text: string, options: Options = {}) {
  const { core, planId } = await planCore();
  const result = await core.call('kpis.previewImport', { planId, source: { kind: 'paste', text }, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

export const ok = async (content: Buffer | string, options: Options = {}) => {
  const result = await preview(content, options);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
export const errorsByLine = (p: Awaited<ReturnType<typeof ok>>) => Object.fromEntries(p.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors.map((e) => e.message).join('; ')]));
