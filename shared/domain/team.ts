export const TEAMS = ['marketing', 'sales', 'joint'] as const;
export type Team = (typeof TEAMS)[number];
export const TEAM_LABELS: Record<Team, string> = { marketing: 'Marketing', sales: 'Sales', joint: 'Joint' };
