import { z } from 'zod';
import { defineOp } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: string;
  /** Where the plan store lives, so users know what to back up. */
  dataPath: string;
  /** The core's clock (ISO instant): with `--as-of`, the day under review. The renderer's "today" follows it. */
  now: string;
}

export const appOps = {
  'app.info': defineOp<AppInfo>()(z.strictObject({})),
};
