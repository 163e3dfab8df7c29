/**
 * The goals of issue 8, as ratios from one run, each with its figure and whether it is met.
 */
export interface Goal {
  name: string;
  /** The measured ratio or figure. */
  value: number;
  /** How it must compare with `limit`. */
  must: 'at least' | 'at most';
  limit: number;
  unit: string;
}

export const met = (goal: Goal) => (goal.must === 'at least' ? goal.value >= goal.limit : goal.value <= goal.limit);

export function goalTable(goals: readonly Goal[]): string {
  const width = Math.max(...goals.map((goal) => goal.name.length));
  return goals
    .map((goal) => `  ${met(goal) ? 'PASS' : 'FAIL'}  ${goal.name.padEnd(width)}  ${format(goal.value)}${goal.unit}  (goal: ${goal.must} ${format(goal.limit)}${goal.unit})`)
    .join('\n');
}

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2));
