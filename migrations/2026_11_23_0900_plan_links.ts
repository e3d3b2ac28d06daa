import { sql, type Kysely } from 'kysely';

// The follow-up commitment joins the planner, and SLAs keep a link to the planner's number they came
// from. SLAs made from the planner's templates get their link back, pinned to their own target, so no
// stored target changes and any drift from the plan shows.
const TEMPLATE_FIGURES: [template: string, figure: string, metric: string][] = [
  ['mql_delivery', 'mqls', 'mqls'],
  ['mql_acceptance', 'mql_to_sql_rate', 'mql_to_sql_rate'],
  ['follow_up_coverage', 'follow_up_coverage', 'follow_up_coverage'],
  ['follow_up_time', 'follow_up_hours', 'median_follow_up_hours'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('target_scenarios').addColumn('follow_up_hours', 'real', (c) => c.notNull().defaultTo(24)).execute();
  await db.schema.alterTable('target_scenarios').addColumn('follow_up_coverage', 'real', (c) => c.notNull().defaultTo(95)).execute();
  await db.schema.alterTable('slas').addColumn('plan_figure', 'text').execute();
  await db.schema.alterTable('slas').addColumn('follows_plan', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  for (const [template, figure, metric] of TEMPLATE_FIGURES) {
    await sql`update slas set plan_figure = ${figure} where template_key = ${template} and kind = 'metric' and metric = ${metric}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('slas').dropColumn('follows_plan').execute();
  await db.schema.alterTable('slas').dropColumn('plan_figure').execute();
  await db.schema.alterTable('target_scenarios').dropColumn('follow_up_coverage').execute();
  await db.schema.alterTable('target_scenarios').dropColumn('follow_up_hours').execute();
}
