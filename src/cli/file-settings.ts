/**
 * The settings that apply to one input: the run's, with its config file filled in where the
 * command line is silent. Each folder's config is looked up once per run.
 */
import { dirname } from 'node:path';
import type { FoundConfig } from './config.js';
import type { CliIO } from './io.js';
import { withConfig, type Settings } from './settings.js';

export type SettingsFinder = (file: string | null) => Promise<Settings>;

export function settingsFinder(base: Settings, io: CliIO): SettingsFinder {
  let findConfig: ((folder: string) => Promise<FoundConfig | null>) | undefined;
  return async (file) => {
    if (!base.useConfig) return base;
    findConfig ??= (await import('./config.js')).configFinder(io);
    const config = await findConfig(file === null ? '.' : dirname(file));
    return config ? withConfig(base, config.values) : base;
  };
}
