// One copy, shared with the wheel (ADR 8): kept as a path for the form blocks and the plan.
export { useClientLayoutEffect } from '@barnets-basta/wheel/internal';
