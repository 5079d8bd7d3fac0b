/**
 * The file route, which always works: the working scenario as a .json file, named and
 * written exactly as the Files menu writes it.
 */
import { downloadBlob } from '../charts/export.ts';
import { scenarioFileName, scenarioText } from '../files/scenario-file.ts';
import { exportText, type RecordRef } from './records.ts';

export function downloadScenario(document: unknown): void {
  const blob = new Blob([scenarioText(document)], { type: 'application/json;charset=utf-8' });
  downloadBlob(blob, scenarioFileName(document));
}

/** Records set aside, as stored, in one JSON file (records.ts `exportText`). */
export function downloadRecords(records: readonly { ref: RecordRef; value: unknown }[]): void {
  const blob = new Blob([exportText(records)], { type: 'application/json;charset=utf-8' });
  downloadBlob(blob, 'hwf-set-aside-records.json');
}
