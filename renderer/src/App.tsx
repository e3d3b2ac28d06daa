import { useEffect } from 'react';
import type { PlanSummary } from '../../shared/domain/plan';
import { AccountsView } from './features/accounts/AccountsView';
import { DashboardView } from './features/dashboard/DashboardView';
import { KpisView } from './features/kpis/KpisView';
import { AREAS, type AreaId } from './features/nav/navSlice';
import { SlasView } from './features/slas/SlasView';
import { TargetsView } from './features/targets/TargetsView';
import { Toasts } from './features/notifications/Toasts';
import { PlanBar } from './features/plans/PlanBar';
import { useUndoKeys } from './features/undo/useUndoKeys';
import { useAppStore } from './store';

function AreaView({ area, plan }: { area: AreaId; plan: PlanSummary }) {
  switch (area) {
    case 'dashboard':
      return <DashboardView plan={plan} />;
    case 'targets':
      return <TargetsView plan={plan} />;
    case 'slas':
      return <SlasView plan={plan} />;
    case 'kpis':
      return <KpisView plan={plan} />;
    case 'accounts':
      return <AccountsView currency={plan.currency} />;
  }
}

export function App() {
  const loadPlans = useAppStore((s) => s.loadPlans);
  const plansStatus = useAppStore((s) => s.plansStatus);
  const plan = useAppStore((s) => s.plans.find((p) => p.id === s.currentPlanId) ?? null);
  const area = useAppStore((s) => s.area);
  const goTo = useAppStore((s) => s.goTo);
  const syncFromHash = useAppStore((s) => s.syncFromHash);
  useUndoKeys();

  useEffect(() => {
    void loadPlans();
  }, [loadPlans]);

  useEffect(() => {
    window.addEventListener('hashchange', syncFromHash);
    return () => window.removeEventListener('hashchange', syncFromHash);
  }, [syncFromHash]);

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Areas">
        <div className="brand">
          <img className="brand-mark" src="./favicon.svg" alt="" width={30} height={30} />
          Tandem
        </div>
        <ul>
          {AREAS.map((a) => (
            <li key={a.id}>
              <a
                href={`#${a.id}`}
                aria-current={a.id === area ? 'page' : undefined}
                className={`nav-item${a.id === area ? ' active' : ''}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(a.id);
                }}
              >
                {a.label}
              </a>
            </li>
          ))}
        </ul>
        <p className="sidebar-foot">One plan, one place of truth for sales and marketing.</p>
      </nav>
      <main className="main">
        <PlanBar />
        {plansStatus === 'loading' ? (
          <div className="empty" role="status">Opening your plans…</div>
        ) : plansStatus === 'error' ? (
          <div className="empty">
            <h2>Tandem could not load your plans</h2>
            <button type="button" onClick={() => void loadPlans()}>
              Try again
            </button>
          </div>
        ) : plan ? (
          <AreaView area={area} plan={plan} />
        ) : (
          <div className="empty">
            <h2>No plans yet</h2>
            <p>Create a plan for the quarter or year that sales and marketing will work to together.</p>
          </div>
        )}
      </main>
      <Toasts />
    </div>
  );
}
