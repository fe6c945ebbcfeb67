import { openConfiguredDatabase } from './open';
import { rebuildStockProjection } from '../services/stock/rebuild-stock-projection';

/**
 * `passerelle stock rebuild [--check]`: recomputes the stock projection from the ledger.
 * With --check, only reports the differences (exit code 1 when there are any); without, also
 * replaces the projection in one transaction.
 */
export async function runStockRebuild(opts: { check?: boolean }): Promise<number> {
  const database = await openConfiguredDatabase();
  try {
    await database.migrate();
    const report = await database.db.transaction((tx) =>
      rebuildStockProjection(tx, { apply: !opts.check }),
    );
    const lines = [
      ...report.deviceDifferences.map(
        (d) => `devices ${d.key}: ledger ${d.expected}, projection ${d.actual}`,
      ),
      ...report.itemDifferences.map(
        (d) => `items ${d.key}: ledger ${d.expected}, projection ${d.actual}`,
      ),
      ...report.devicesOutOfStep.map(
        (d) =>
          `device ${d.asset_tag}: row ${d.state}@${d.location_id ?? '-'}, ledger ${d.ledger_state ?? '-'}@${d.ledger_location_id ?? '-'}`,
      ),
    ];
    for (const line of lines) console.log(line);
    if (report.isConsistent) console.log('Stock projection matches the ledger.');
    else if (report.applied)
      console.log(`Projection rebuilt from the ledger (${lines.length} difference(s) fixed).`);
    else console.log(`${lines.length} difference(s) between the ledger and the projection.`);
    return report.isConsistent || (report.applied && !report.devicesOutOfStep.length) ? 0 : 1;
  } finally {
    await database.close();
  }
}
