/** getStaticPaths for the routes that have one page (or file) per indicator or per provision. */
import { getReportModel } from '../model/index.ts';
import { provisionSlug } from './paths.ts';

export async function indicatorPaths() {
  const model = await getReportModel();
  return model.indicators.map((indicator) => ({ params: { id: indicator.id } }));
}

export async function provisionPaths() {
  const model = await getReportModel();
  return model.provisions.map((provision) => ({ params: { code: provisionSlug(provision.code) } }));
}
