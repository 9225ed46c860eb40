/**
 * The components MDX sections may use without importing them: one .astro file per entry of the component registry
 * (src/validation/components.ts), which the type below enforces.
 */
import type { ComponentName } from '../validation/components.ts';
import BoardMembers from './BoardMembers.astro';
import CaseStudy from './CaseStudy.astro';
import Chart from './Chart.astro';
import DataTable from './DataTable.astro';
import Highlights from './Highlights.astro';
import Quote from './Quote.astro';
import StakeholderCommunication from './StakeholderCommunication.astro';
import Value from './Value.astro';

export const mdxComponents = { BoardMembers, CaseStudy, Chart, DataTable, Highlights, Quote, StakeholderCommunication, Value } satisfies Record<ComponentName, unknown>;
