/**
 * Opening a link: decode it, load the population data set its scenario names (if any),
 * and check the scenario through parseScenario, the one door from outside. Only a valid
 * scenario opens; anything else becomes a sentence for the planner.
 *
 * The link in the page's address is read once, and its verdict shared: the app opens its
 * scenario or explains the refusal (use-share-link.ts), and the library, which holds back
 * the restore of the planner's last work until then, restores it when the link is refused
 * (app/library/working-copy.ts).
 */
import { datasetInfo } from '../data/population/catalog.ts';
import { datasetStore, type DatasetStore } from '../population/dataset-store.ts';
import { namedDataset } from '../population/use-datasets.ts';
import { formatIssue, parseScenario } from '../../model/scenario/parse.ts';
import { decodeScenarioLink, type LinkDecodeResult } from './link-codec.ts';
import { linkValueOf } from './share-state.ts';
import { words, type Words } from '../shell/words.ts';

/** A link's scenario, checked, or the planner's message (to say in the app's language). */
export type LinkOpenResult = { ok: true; document: unknown } | { ok: false; message: Words };

/** How many of a link's scenario problems the message lists. */
const LISTED_PROBLEMS = 3;

const notOpened = (why: Words): LinkOpenResult => ({
  ok: false,
  message: words('share.open.notOpened', { why }),
});

/** The scenario of a link's text (what follows `#s=`), checked, or the planner's message. */
export function readScenarioLink(
  value: string,
  store: DatasetStore = datasetStore,
): Promise<LinkOpenResult> {
  return openDecoded(decodeScenarioLink(value), store);
}

async function openDecoded(
  decoded: LinkDecodeResult,
  store: DatasetStore,
): Promise<LinkOpenResult> {
  if (!decoded.ok) return notOpened(decoded.reason);
  const { document } = decoded;
  const id = namedDataset(document);
  if (id !== undefined) {
    try {
      await store.load(id);
    } catch {
      const country = datasetInfo(id)?.country ?? id;
      return notOpened(words('share.open.datasetNotLoaded', { country }));
    }
  }
  // The check of a large scenario is a task of its own, not part of the page's first one.
  await nextTask();
  const parsed = parseScenario(document, { datasets: store.getSnapshot().datasets });
  if (parsed.ok) return { ok: true, document };
  const listed = parsed.errors.slice(0, LISTED_PROBLEMS).map(formatIssue).join('; ');
  const more = Math.max(0, parsed.errors.length - LISTED_PROBLEMS);
  return notOpened(words('share.open.problems', { listed, more, moreCount: String(more) }));
}

/** Resolves in a later task of the page (a timer), so that the work after it runs apart. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface LinkReading {
  value: string;
  store: DatasetStore;
  decoded: LinkDecodeResult;
  reading: Promise<LinkOpenResult>;
}

/** The link last read, and its reading: a page decodes the link in its address once. */
let last: LinkReading | null = null;

function reading(value: string, store: DatasetStore): LinkReading {
  if (last?.value !== value || last.store !== store) {
    const decoded = decodeScenarioLink(value);
    last = { value, store, decoded, reading: openDecoded(decoded, store) };
  }
  return last;
}

/**
 * {@link readScenarioLink} of the link text `value`, shared by every caller that asks for
 * the same text in a row (the app and the library both read the link in the address).
 */
export function readLinkOnce(
  value: string,
  store: DatasetStore = datasetStore,
): Promise<LinkOpenResult> {
  return reading(value, store).reading;
}

/** The link in an address, as the library sees it when the page starts. */
export interface AddressLink {
  /** The decoded document (null: the link cannot be decoded); not yet checked. */
  document: unknown;
  /** Whether the link opens (true) or is refused (false), once it has been read. */
  opened: Promise<boolean>;
}

/** The share link in the fragment `hash` (`#s=…`), or undefined when there is none. */
export function addressLink(
  hash: string,
  store: DatasetStore = datasetStore,
): AddressLink | undefined {
  const value = linkValueOf(hash);
  if (value === null) return undefined;
  const { decoded, reading: read } = reading(value, store);
  const opened = read.then(
    (result) => result.ok,
    () => false,
  );
  return { document: decoded.ok ? decoded.document : null, opened };
}
