import { z } from 'zod';
import { defineOp, requiredText } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: string;
  /** Where the plan store lives, so users know what to back up. */
  dataPath: string;
  /** The core's clock (ISO instant): with `--as-of`, the day under review. The renderer's "today" follows it. */
  now: string;
  /** Who this device's changes are from, in activity lists ("Maya Patel"); empty until set. */
  youAre: string;
}

export const appOps = {
  'app.info': defineOp<AppInfo>()(z.strictObject({})),
  /** Sets, once per device, the name its changes are recorded under. */
  'app.setIdentity': defineOp<AppInfo>()(z.strictObject({ youAre: requiredText(80, 'Your name') })),
};
