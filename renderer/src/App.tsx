import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PlanSummary } from '../../shared/domain/plan';
import { queryClient, useOp } from './api/cache';
import { AccountsView } from './features/accounts/AccountsView';
import { AccountsBoardView } from './features/boards/accounts/AccountsBoardView';
import { BudgetBoard } from './features/boards/budget/BudgetBoard';
import { ContentBoard } from './features/boards/content/ContentBoard';
import { DashboardView } from './features/dashboard/DashboardView';
import { KpisView } from './features/kpis/KpisView';
import { AREAS, type AreaId } from './features/nav/navSlice';
import { Toasts } from './features/notifications/Toasts';
import { PlanBar } from './features/plans/PlanBar';
import { rememberedPlan } from './features/plans/planChoiceSlice';
import { useCurrentPlan, usePlans } from './features/plans/plans';
import { SlasView } from './features/slas/SlasView';
import { TargetsView } from './features/targets/TargetsView';
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
      return <AccountsView plan={plan} />;
    case 'board':
      return <AccountsBoardView plan={plan} />;
    case 'budget':
      return <BudgetBoard plan={plan} />;
    case 'content':
      return <ContentBoard plan={plan} />;
  }
}

const focusHeading = () => document.querySelector<HTMLElement>('main h1')?.focus();

function Shell() {
  const plansQuery = usePlans();
  const plan = useCurrentPlan();
  const currentPlanId = useAppStore((s) => s.currentPlanId);
  const area = useAppStore((s) => s.area);
  const headingFocus = useAppStore((s) => s.headingFocus);
  const goTo = useAppStore((s) => s.goTo);
  const syncFromHash = useAppStore((s) => s.syncFromHash);
  const info = useOp('app.info', {}).data;
  useUndoKeys();

  useEffect(() => {
    if (info) useAppStore.getState().syncClock(info.now);
  }, [info]);

  // Keep a plan chosen: the one remembered on this device, else the first.
  useEffect(() => {
    const plans = plansQuery.data;
    if (!plans || plans.some((p) => p.id === currentPlanId)) return;
    const wanted = rememberedPlan();
    useAppStore.getState().selectPlan(plans.find((p) => p.id === wanted)?.id ?? plans[0]?.id ?? null);
  }, [plansQuery.data, currentPlanId]);

  useEffect(() => {
    window.addEventListener('hashchange', syncFromHash);
    return () => window.removeEventListener('hashchange', syncFromHash);
  }, [syncFromHash]);

  // A page picked in the sidebar takes focus at its heading, as a new page would.
  useEffect(() => {
    if (headingFocus > 0) requestAnimationFrame(focusHeading);
  }, [headingFocus, area]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault(); // the hash names the area: don't change it
          focusHeading();
        }}
      >
        Skip to content
      </a>
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
      <main className="main" id="main">
        <PlanBar />
        {plansQuery.isPending ? (
          <div className="empty" role="status">
            Opening your plans…
          </div>
        ) : plansQuery.isError ? (
          <div className="empty">
            <h1 tabIndex={-1}>Tandem could not load your plans</h1>
            <p>{plansQuery.error.message}</p>
            <button type="button" onClick={() => void plansQuery.refetch()}>
              Try again
            </button>
          </div>
        ) : plan ? (
          <AreaView key={plan.id} area={area} plan={plan} />
        ) : (
          <div className="empty">
            <h1 tabIndex={-1}>No plans yet</h1>
            <p>Create a plan for the quarter or year that sales and marketing will work to together.</p>
          </div>
        )}
      </main>
      <Toasts />
    </div>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}
