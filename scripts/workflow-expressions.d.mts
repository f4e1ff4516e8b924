// Types for scripts/workflow-expressions.mjs, so TypeScript tests can import it checked.

export interface Token {
  kind: 'number' | 'string' | 'name' | 'op';
  value: string | number;
}

export function tokenize(source: string): Token[];
export function truthy(value: unknown): boolean;
export function toText(value: unknown): string;
export function evaluate(source: string, context: Record<string, unknown>): unknown;
export function expressionsIn(text: string): string[];
export function interpolate(text: string, context: Record<string, unknown>): string;
