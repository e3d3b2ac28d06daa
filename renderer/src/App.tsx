import { useEffect } from 'react';
import { AccountsView } from './features/accounts/AccountsView';
import { Toasts } from './features/notifications/Toasts';
import { PlanBar } from './features/plans/PlanBar';
import { useUndoKeys } from './features/undo/useUndoKeys';
import { useAppStore } from './store';

// Only areas that work are listed; later areas join this list as they ship.
const AREAS = [{ id: 'accounts', label: 'Target accounts' }] as const;

export function App() {
  const loadPlans = useAppStore((s) => s.loadPlans);
  const plansStatus = useAppStore((s) => s.plansStatus);
  const plan = useAppStore((s) => s.plans.find((p) => p.id === s.currentPlanId) ?? null);
  useUndoKeys();

  useEffect(() => {
    void loadPlans();
  }, [loadPlans]);

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
              <a href={`#${a.id}`} aria-current="page" className="nav-item active">
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
          <AccountsView currency={plan.currency} />
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
