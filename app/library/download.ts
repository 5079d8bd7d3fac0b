/**
 * The file route, which always works: the working scenario as a .json file, named and
 * written exactly as the Files menu writes it.
 */
import { downloadBlob } from '../charts/export.ts';
import { scenarioFileName, scenarioText } from '../files/scenario-file.ts';

export function downloadScenario(document: unknown): void {
  const blob = new Blob([scenarioText(document)], { type: 'application/json;charset=utf-8' });
  downloadBlob(blob, scenarioFileName(document));
}
