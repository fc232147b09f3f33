// The shape of a report definition lives in the contract (the UI sends it); this module re-exports it for the
// reports code and the CLI.
export { reportDefinitionSchema } from '../api/contract';
export type { ReportDefinitionInput } from '../api/contract';
