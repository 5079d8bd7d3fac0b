/**
 * Opening a link: decode it, load the population data set its scenario names (if any),
 * and check the scenario through parseScenario, the one door from outside. Only a valid
 * scenario opens; anything else becomes a sentence for the planner.
 */
import { datasetInfo } from '../data/population/catalog.ts';
import { datasetStore, type DatasetStore } from '../population/dataset-store.ts';
import { namedDataset } from '../population/use-datasets.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { decodeScenarioLink } from './link-codec.ts';

export type LinkOpenResult = { ok: true; document: unknown } | { ok: false; message: string };

/** How many of a link's scenario problems the message lists. */
const LISTED_PROBLEMS = 3;

const notOpened = (why: string): LinkOpenResult => ({
  ok: false,
  message: `The link could not be opened: ${why}. Your scenario is unchanged.`,
});

/** The scenario of a link's text (what follows `#s=`), checked, or the planner's message. */
export async function readScenarioLink(
  value: string,
  store: DatasetStore = datasetStore,
): Promise<LinkOpenResult> {
  const decoded = decodeScenarioLink(value);
  if (!decoded.ok) return notOpened(decoded.reason);
  const { document } = decoded;
  const id = namedDataset(document);
  if (id !== undefined) {
    try {
      await store.load(id);
    } catch {
      const country = datasetInfo(id)?.country ?? id;
      return notOpened(
        `its scenario uses the population of ${country}, which could not be loaded ` +
          '(check the connection and open the link again)',
      );
    }
  }
  const parsed = parseScenario(document, { datasets: store.getSnapshot().datasets });
  if (parsed.ok) return { ok: true, document };
  const listed = parsed.errors.slice(0, LISTED_PROBLEMS).map(formatIssue).join('; ');
  const more = parsed.errors.length - LISTED_PROBLEMS;
  return notOpened(
    `the scenario in it has problems: ${listed}` +
      (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''),
  );
}
