import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TargetScenario } from '../../shared/domain/targets';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';

// A fake core where saves answer late and lists answer at once: the order that lost edits before.
const stored: TargetScenario = {
  id: '11111111-1111-4111-8111-111111111111', planId: 'plan', name: 'Base', isPrimary: true,
  assumptions: DEFAULT_ASSUMPTIONS, revision: 1, createdAt: '', updatedAt: '',
};
let server = { ...stored };
vi.mock('../../renderer/src/api/client', () => ({
  invoke: vi.fn(async (op: string, input: { assumptions?: TargetScenario['assumptions'] }) => {
    if (op === 'targets.save') {
      await new Promise((r) => setTimeout(r, 30));
      server = { ...server, assumptions: input.assumptions!, revision: server.revision + 1 };
      return { ok: true, value: server };
    }
    if (op === 'targets.list') return { ok: true, value: [server] };
    return { ok: true, value: [] };
  }),
}));

const { useAppStore } = await import('../../renderer/src/store');

describe('targets slice', () => {
  beforeEach(() => {
    server = { ...stored };
    useAppStore.setState({ currentPlanId: 'plan', scenarios: [stored], scenariosPlanId: 'plan' });
  });

  it('a reload issued while a save is in flight returns the saved values, never the old ones', async () => {
    const edited = { ...DEFAULT_ASSUMPTIONS, avgDealSize: 45_000 };
    const saving = useAppStore.getState().saveScenario({ id: stored.id, name: 'Base', assumptions: edited });
    // An editor mounting now reads the store: it already holds the edit.
    expect(useAppStore.getState().scenarios[0]!.assumptions.avgDealSize).toBe(45_000);
    await useAppStore.getState().loadScenarios('plan');
    expect(useAppStore.getState().scenarios[0]!.assumptions.avgDealSize).toBe(45_000);
    await saving;
    expect(useAppStore.getState().scenarios[0]).toMatchObject({ revision: 2, assumptions: { avgDealSize: 45_000 } });
  });
});
