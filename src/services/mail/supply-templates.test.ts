import { describe, expect, it } from 'vitest';
import { renderMail } from './templates';

describe('supply mails', () => {
  const pickup = {
    kind: 'donation_update' as const,
    reference: 'DON-2026-000001',
    companyName: 'ACME',
    status: 'pickup_scheduled' as const,
    note: 'Merci de préparer les cartons.',
    pickup: { date: '2026-03-10', timeSlot: '9h-12h', by: 'Transports Solidaires' },
    link: 'http://passerelle.test/donations/1',
  };

  it('announces a pickup in French with the French date, slot and carrier', () => {
    const { subject, text } = renderMail(pickup, 'fr', 'Passerelle');
    expect(subject).toBe('Passerelle : le don DON-2026-000001 a un enlèvement planifié');
    expect(text).toContain('Enlèvement prévu le 10/03/2026 (9h-12h) par Transports Solidaires.');
    expect(text).toContain('Merci de préparer les cartons.');
    expect(text).toContain(pickup.link);
  });

  it('speaks English to English-speaking contacts and omits what is not given', () => {
    const { subject, text } = renderMail(
      { ...pickup, status: 'declined', note: null, pickup: null },
      'en',
      'Passerelle',
    );
    expect(subject).toBe('Passerelle: donation DON-2026-000001 could not be accepted');
    expect(text).not.toContain('Pickup');
    expect(text).not.toContain('null');
  });
});
