// Types of attack-plans.js, for the tests that import it.
export function cyclePlan(count: number): string;
export function oneLinePlan(count: number): string;
export function aliasStringPlan(count: number, bytes: number): string;
export function aliasKeyPlan(count: number, bytes: number): string;
export function unknownUnitsPlan(count: number): string;
export function unknownDependsPlan(count: number): string;
export function unknownKeysPlan(count: number): string;
export function collidingIdsPlan(count: number): string;
export function weeklyPlan(count: number): string;
export function cleanPlan(count: number): string;
