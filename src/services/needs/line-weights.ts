import type { Executor } from '../../db/connect';
import { findBeneficiariesByIds } from '../../db/repositories/beneficiaries-repo';
import {
  computeLineWeight,
  effectiveWeight,
  type TLineWeight,
} from '../../domain/needs/line-weight';
import type { TUrgency, TUrgencyReason } from '../../shared/needs-enums';

/** What a weight needs to know about a line's request. */
export interface TWeighedLine {
  lineId: string;
  urgency: TUrgency;
  urgencyReason: TUrgencyReason | null;
  submittedAt: Date | null;
  structureType: string | null;
  beneficiaryIds: readonly string[];
  weightOverride: number | null;
}

/** A line's weight: computed (with its breakdown), the override if any, and the one used. */
export interface TLineWeightView extends TLineWeight {
  computed: number;
  override: number | null;
  effective: number;
}

/**
 * Weighs lines under the policy of src/domain/needs/line-weight.ts, at `now` (waiting time
 * keeps growing until the line is allocated). Child welfare means a structure of type `ase`.
 */
export async function weighLines(
  ex: Executor,
  lines: readonly TWeighedLine[],
  now: Date,
): Promise<Map<string, TLineWeightView>> {
  const people = new Map(
    (await findBeneficiariesByIds(ex, [...new Set(lines.flatMap((l) => l.beneficiaryIds))])).map(
      (b) => [b.id, b],
    ),
  );
  const out = new Map<string, TLineWeightView>();
  for (const l of lines) {
    const w = computeLineWeight({
      urgency: l.urgency,
      urgencyReason: l.urgencyReason,
      submittedAt: l.submittedAt,
      now,
      isChildWelfare: l.structureType === 'ase',
      beneficiaries: l.beneficiaryIds.flatMap((id) => {
        const b = people.get(id);
        return b ? [{ ageBand: b.ageBand, schoolLevel: b.schoolLevel, lacks: b.lacks }] : [];
      }),
    });
    out.set(l.lineId, {
      ...w,
      computed: w.weight,
      override: l.weightOverride,
      effective: effectiveWeight(w.weight, l.weightOverride),
    });
  }
  return out;
}
