import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Handlers } from './handlers';

const YOU_ARE = 'you_are';

/** What the app is and where its data lives, the core's clock (which `--as-of` sets for every door), and who this device is. */
export function appHandlers(info: { version: string; schemaVersion: string; dataPath: string }, now: () => string, db: Kysely<Database>): Handlers<'app.info' | 'app.setIdentity'> {
  const youAre = async () => (await db.selectFrom('meta').select('value').where('key', '=', YOU_ARE).executeTakeFirst())?.value ?? '';
  return {
    'app.info': async () => ({ ...info, now: now(), youAre: await youAre() }),
    'app.setIdentity': async ({ youAre: name }) => {
      await db.insertInto('meta').values({ key: YOU_ARE, value: name }).onConflict((oc) => oc.column('key').doUpdateSet({ value: name })).execute();
      return { ...info, now: now(), youAre: name };
    },
  };
}
