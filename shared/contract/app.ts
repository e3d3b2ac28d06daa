import { z } from 'zod';
import { defineOp } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: string;
  /** Where the plan store lives, so users know what to back up. */
  dataPath: string;
}

export const appOps = {
  'app.info': defineOp<AppInfo>()(z.strictObject({})),
};
