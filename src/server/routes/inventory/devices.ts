import { z } from 'zod';
import type { TApp } from '../../types';
import {
  ZDeviceCsvImport,
  ZDeviceQuery,
  ZDeviceUpdate,
  ZDriveInput,
  ZLabelsInput,
  ZReceiveDevicesInput,
} from '../../../shared/schemas/devices';
import { ZDeviceMoveInput } from '../../../shared/schemas/stock';
import { ZTransitionInput } from '../../../shared/schemas/workshop';
import { INVENTORY_LIMITS } from '../../../shared/inventory';
import { addDeviceDrive } from '../../../services/inventory/add-device-drive';
import { getDevice } from '../../../services/inventory/get-device';
import { getDeviceHistory } from '../../../services/inventory/get-device-history';
import { importDevicesCsv } from '../../../services/inventory/import-devices-csv';
import { listDevices } from '../../../services/inventory/list-devices';
import { lookupDevice } from '../../../services/inventory/lookup-device';
import { moveDevice } from '../../../services/inventory/move-device';
import { printLabels } from '../../../services/inventory/print-labels';
import { receiveDevices } from '../../../services/inventory/receive-devices';
import { transitionDevice } from '../../../services/inventory/transition-device';
import { updateDeviceDrive } from '../../../services/inventory/update-device-drive';
import { updateDeviceSpecs } from '../../../services/inventory/update-device-specs';

const ZId = z.object({ id: z.uuid() });

/** Devices: reception, look-up, specs, drives, lifecycle, moves, labels and history. */
export function deviceRoutes(app: TApp) {
  const tags = ['devices'];
  app.get(
    '/api/devices',
    {
      config: { action: 'device.read' },
      schema: { tags, summary: 'Search devices', querystring: ZDeviceQuery },
    },
    async (request) => listDevices(request.ctx, request.query),
  );
  app.get(
    '/api/devices/lookup',
    {
      config: { action: 'device.read' },
      schema: {
        tags,
        summary: 'Find a device by asset tag, QR content, serial, donor tag or drive serial',
        querystring: z.object({ code: z.string().trim().min(1, { message: 'required' }).max(300) }),
      },
    },
    async (request) => lookupDevice(request.ctx, request.query.code),
  );
  app.post(
    '/api/devices/receive',
    {
      config: { action: 'device.receive' },
      schema: {
        tags,
        summary: 'Receive devices at a location (scan, lot or purchase)',
        body: ZReceiveDevicesInput,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return receiveDevices(request.ctx, request.body);
    },
  );
  app.post(
    '/api/devices/import',
    {
      bodyLimit: INVENTORY_LIMITS.csvBytes + 1024 * 1024,
      config: { action: 'device.receive' },
      schema: {
        tags,
        summary: 'Import devices from CSV: preview (dryRun) or commit, all rows or none',
        body: ZDeviceCsvImport,
      },
    },
    async (request) => importDevicesCsv(request.ctx, request.body),
  );
  app.post(
    '/api/devices/labels.pdf',
    {
      config: { action: 'device.label' },
      schema: {
        tags,
        summary: 'A4 sheet of QR labels (Avery L7160, L7163 or L7651)',
        body: ZLabelsInput,
      },
    },
    async (request, reply) => {
      const pdf = await printLabels(request.ctx, request.body);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="etiquettes-passerelle.pdf"')
        .send(pdf);
    },
  );
  app.get(
    '/api/devices/:id',
    {
      config: { action: 'device.read' },
      schema: { tags, summary: 'One device with drives, steps and readiness', params: ZId },
    },
    async (request) => getDevice(request.ctx, request.params.id),
  );
  app.patch(
    '/api/devices/:id',
    {
      config: { action: 'device.update' },
      schema: {
        tags,
        summary: 'Edit specs (absent: unchanged, null: cleared)',
        params: ZId,
        body: ZDeviceUpdate,
      },
    },
    async (request) => updateDeviceSpecs(request.ctx, request.params.id, request.body),
  );
  app.get(
    '/api/devices/:id/history',
    {
      config: { action: 'device.read' },
      schema: {
        tags,
        summary: 'Ledger events, workshop steps and erasures, in order',
        params: ZId,
      },
    },
    async (request) => getDeviceHistory(request.ctx, request.params.id),
  );
  app.post(
    '/api/devices/:id/drives',
    {
      config: { action: 'workshop.record' },
      schema: { tags, summary: 'Record a drive', params: ZId, body: ZDriveInput },
    },
    async (request, reply) => {
      reply.status(201);
      return addDeviceDrive(request.ctx, request.params.id, request.body);
    },
  );
  app.put(
    '/api/devices/:id/drives/:driveId',
    {
      config: { action: 'workshop.record' },
      schema: {
        tags,
        summary: 'Correct a drive (before any erasure is recorded on it)',
        params: z.object({ id: z.uuid(), driveId: z.uuid() }),
        body: ZDriveInput,
      },
    },
    async (request) =>
      updateDeviceDrive(request.ctx, request.params.id, request.params.driveId, request.body),
  );
  app.post(
    '/api/devices/:id/transitions',
    {
      config: { action: 'device.transition' },
      schema: {
        tags,
        summary: 'Apply a lifecycle event (409 state.invalid says what is missing)',
        params: ZId,
        body: ZTransitionInput,
      },
    },
    async (request) => transitionDevice(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/devices/:id/move',
    {
      config: { action: 'device.transition' },
      schema: {
        tags,
        summary: 'Move a device to another location or shelf',
        params: ZId,
        body: ZDeviceMoveInput,
      },
    },
    async (request) => moveDevice(request.ctx, request.params.id, request.body),
  );
}
