import {
  findItem,
  insertItem,
  listItems as listItemRows,
  updateItem as updateItemRow,
} from '../../db/repositories/items-repo';
import { AppError } from '../../shared/app-error';
import { ZItemInput } from '../../shared/schemas/stock';
import { recordAudit } from '../audit/record-audit';
import type { ServiceContext } from '../context';
import { parseInput, pgErrorCode } from './parse-input';

function codeTaken(error: unknown): never {
  if (pgErrorCode(error) === '23505') {
    throw new AppError('validation.failed', 'Another item already has this code.', {
      fields: [{ path: 'code', code: 'code_taken' }],
    });
  }
  throw error;
}

/** Adds an item to the bulk catalogue (chargers, SIM cards, spare parts…). */
export async function createItem(ctx: ServiceContext, raw: unknown) {
  const input = parseInput(ZItemInput, raw);
  return ctx.db
    .transaction(async (tx) => {
      const item = await insertItem(tx, { ...input, createdAt: ctx.now() });
      await recordAudit(tx, ctx, {
        action: 'item.create',
        entityType: 'item',
        entityId: item.id,
        after: item,
      });
      return item;
    })
    .catch(codeTaken);
}

/** Edits a catalogue item (deactivate instead of deleting: the ledger refers to it). */
export async function updateItem(ctx: ServiceContext, id: string, raw: unknown) {
  const input = parseInput(ZItemInput, raw);
  return ctx.db
    .transaction(async (tx) => {
      const before = await findItem(tx, id);
      if (!before) throw new AppError('not_found', 'Unknown item.', { itemId: id });
      const after = await updateItemRow(tx, id, input);
      await recordAudit(tx, ctx, {
        action: 'item.update',
        entityType: 'item',
        entityId: id,
        before,
        after,
      });
      return after!;
    })
    .catch(codeTaken);
}

/** The catalogue (search on code or name). */
export async function listItems(
  ctx: ServiceContext,
  q: { search?: string | undefined; includeInactive?: boolean | undefined },
) {
  return listItemRows(ctx.db, q);
}
