/**
 * ESG pillars of a page, for the search filter. An indicator has its own pillar. A provision's pillar
 * follows the HKEX ESG Reporting Guide's structure: Subject area A is Environmental, B is Social, and the
 * mandatory disclosure requirements (board oversight, governance structure) are Governance. A section
 * belongs to the pillars of the indicators it cites and the provisions it discloses.
 */
import type { IndicatorModel, ProvisionModel, ReportModel, SectionModel } from './types.ts';

export type Pillar = IndicatorModel['pillar'];

/** "A1.2" → E, "B8.2" → S, "MDR-1" → G; undefined for an area the Guide may add later. */
export function pillarOfProvision(provision: Pick<ProvisionModel, 'code'>): Pillar | undefined {
  if (provision.code.startsWith('MDR')) return 'G';
  if (provision.code.startsWith('A')) return 'E';
  if (provision.code.startsWith('B')) return 'S';
  return undefined;
}

/** Pillars of a section, in E, S, G order. */
export function pillarsOfSection(model: ReportModel, section: SectionModel): Pillar[] {
  const found = new Set<Pillar>();
  for (const id of section.cites) {
    const pillar = model.indicatorById.get(id)?.pillar;
    if (pillar) found.add(pillar);
  }
  for (const provision of model.provisionsBySection.get(section.id) ?? []) {
    const pillar = pillarOfProvision(provision);
    if (pillar) found.add(pillar);
  }
  return (['E', 'S', 'G'] as const).filter((pillar) => found.has(pillar));
}
