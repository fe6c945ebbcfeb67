import { z } from 'zod';
import type { Executor } from '../../db/connect';
import { STRUCTURE_TYPES, type TStructureType } from '../../shared/enums';
import { NEEDS_LIMITS } from '../../shared/needs-enums';
import type { TImportRowError } from '../../shared/schemas/imports';
import { isValidSiret, normaliseLegalId } from '../../domain/organisations/legal-ids';
import { findTakenLegalIds, listAllNetworks } from '../../db/repositories/organisations-bulk-repo';
import { resolveAddress, type TResolvedAddress } from '../geo/resolve-address';
import { eachWithProgress, normaliseKey, readCsv, readInt } from './csv';

/** Accepted headers per field (normalised: lower-case, no accents, "_" between words). */
export const STRUCTURE_COLUMNS = {
  name: ['nom', 'name', 'raison_sociale', 'structure'],
  structureType: ['type', 'type_structure', 'structure_type'],
  legalId: ['siret', 'legal_id'],
  networks: ['reseaux', 'reseau', 'networks', 'network'],
  line1: ['adresse', 'address', 'adresse_ligne_1', 'line1'],
  line2: ['complement', 'complement_adresse', 'adresse_ligne_2', 'line2'],
  postalCode: ['code_postal', 'cp', 'postal_code'],
  communeCode: ['code_commune', 'code_insee', 'commune_code'],
  email: ['email', 'e_mail', 'courriel', 'mail'],
  phone: ['telephone', 'tel', 'phone'],
  publicServed: ['public', 'public_accompagne', 'public_served'],
  expectedBeneficiaries: [
    'nombre_prevu',
    'personnes_prevues',
    'beneficiaires_prevus',
    'expected_beneficiaries',
  ],
  referentName: ['referent_nom', 'referent', 'referent_name'],
  referentEmail: ['referent_email', 'referent_courriel', 'referent_mail'],
} as const;

const TYPE_SYNONYMS: Record<string, TStructureType> = {
  aide_sociale_a_l_enfance: 'ase',
  service_ase: 'ase',
  ecole: 'school',
  etablissement_scolaire: 'school',
  college: 'school',
  lycee: 'school',
  ecole_de_la_deuxieme_chance: 'e2c',
  ecole_de_la_2e_chance: 'e2c',
  autre: 'other',
};

/** A CSV row ready to be written. */
export interface TStructureImportRow {
  row: number;
  name: string;
  structureType: TStructureType;
  legalId: string | null;
  email: string | null;
  phone: string | null;
  networkIds: string[];
  address: TResolvedAddress;
  publicServed: string | null;
  expectedBeneficiaries: number | null;
  referent: { name: string; email: string } | null;
}

const ZEmailCell = z.email();

/**
 * Reads and checks a structures CSV without writing anything: every row's errors (type,
 * SIRET checksum and uniqueness, networks by name, postal code → commune, e-mails, numbers).
 * Postal codes are resolved in memory; existing SIRETs are read in a few queries.
 */
export async function validateStructuresCsv(
  ex: Executor,
  text: string,
  progress?: (done: number, total: number) => Promise<void>,
): Promise<{ total: number; rows: TStructureImportRow[]; errors: TImportRowError[] }> {
  const table = readCsv(text, STRUCTURE_COLUMNS, ['name', 'structureType', 'line1', 'postalCode']);
  if (table.errors.length) return { total: 0, rows: [], errors: table.errors };
  const total = table.rows.length;
  const networks = new Map((await listAllNetworks(ex)).map((n) => [normaliseKey(n.name), n.id]));
  const sirets = table.rows.map((r) => normaliseLegalId(r.values.legalId ?? '')).filter(Boolean);
  const taken = await findTakenLegalIds(ex, sirets);
  const seenSiret = new Map<string, number>();
  const rows: TStructureImportRow[] = [];
  const errors: TImportRowError[] = [];
  await eachWithProgress(
    table.rows,
    ({ row, values: v }) => {
      const err = (path: string, code: string, params?: Record<string, unknown>) =>
        errors.push({ row, path, code, ...(params ? { params } : {}) });
      const before = errors.length;
      const name = v.name ?? '';
      if (!name) err('name', 'required');
      else if (name.length < 2) err('name', 'too_short');
      else if (name.length > 160) err('name', 'too_long');
      const typeKey = normaliseKey(v.structureType ?? '');
      const structureType = (STRUCTURE_TYPES as readonly string[]).includes(typeKey)
        ? (typeKey as TStructureType)
        : TYPE_SYNONYMS[typeKey];
      if (!structureType)
        err('structureType', v.structureType ? 'structure_type_unknown' : 'required');
      const legalId = v.legalId ? normaliseLegalId(v.legalId) : null;
      if (legalId) {
        if (!isValidSiret(legalId)) err('legalId', 'siret_invalid');
        else if (taken.has(legalId)) err('legalId', 'siret_taken');
        else if (seenSiret.has(legalId))
          err('legalId', 'siret_duplicate_in_file', { row: seenSiret.get(legalId)! });
        else seenSiret.set(legalId, row);
      }
      const networkIds: string[] = [];
      for (const n of (v.networks ?? '')
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const id = networks.get(normaliseKey(n));
        if (id) networkIds.push(id);
        else err('networks', 'network_unknown', { name: n });
      }
      let address: TResolvedAddress | undefined;
      if (!v.line1) err('line1', 'required');
      if (!/^\d{5}$/.test(v.postalCode ?? ''))
        err('postalCode', v.postalCode ? 'postal_code_format' : 'required');
      else {
        const r = resolveAddress(
          {
            label: 'Siège',
            line1: v.line1 ?? '',
            line2: v.line2,
            postalCode: v.postalCode!,
            communeCode: v.communeCode,
            isDelivery: true,
          },
          'address',
        );
        if (r.error) err(r.error.path.replace(/^address\./, ''), r.error.code, r.error.params);
        address = r.address;
      }
      if (v.email && !ZEmailCell.safeParse(v.email).success) err('email', 'email_invalid');
      if ((v.publicServed?.length ?? 0) > 1000) err('publicServed', 'too_long');
      const expected = readInt(v.expectedBeneficiaries);
      if (expected !== undefined) {
        if (typeof expected !== 'number') err('expectedBeneficiaries', 'quantity_invalid');
        else if (expected < 1) err('expectedBeneficiaries', 'quantity_too_small');
        else if (expected > NEEDS_LIMITS.maxExpectedBeneficiaries)
          err('expectedBeneficiaries', 'quantity_too_large');
      }
      let referent: TStructureImportRow['referent'] = null;
      if (v.referentEmail) {
        const email = v.referentEmail.toLowerCase();
        if (!ZEmailCell.safeParse(email).success) err('referentEmail', 'email_invalid');
        else if (!v.referentName) err('referentName', 'required');
        else referent = { name: v.referentName, email };
      }
      if (errors.length > before || !structureType || !address) return;
      rows.push({
        row,
        name,
        structureType,
        legalId,
        email: v.email?.toLowerCase() ?? null,
        phone: v.phone ?? null,
        networkIds: [...new Set(networkIds)],
        address,
        publicServed: v.publicServed ?? null,
        expectedBeneficiaries: typeof expected === 'number' ? expected : null,
        referent,
      });
    },
    progress ? (done) => progress(done, total) : undefined,
  );
  return { total, rows, errors };
}
