import { describe, expect, it } from 'vitest';
import { normaliseDomain } from '../../shared/domain/account';
import { normaliseFiscalPeriod } from '../../shared/domain/plan';

describe('normaliseDomain', () => {
  it.each([
    ['https://www.Acme.com/', 'acme.com'],
    ['acme.com', 'acme.com'],
    ['ACME.COM.', 'acme.com'],
    ['http://acme.com:8080/pricing?x=1#top', 'acme.com'],
    ['  www.acme.co.uk  ', 'acme.co.uk'],
    ['eu.acme.com', 'eu.acme.com'],
  ])('%s -> %s', (raw, expected) => expect(normaliseDomain(raw)).toBe(expected));

  it('gives an international domain and its punycode spelling the same key', () => {
    expect(normaliseDomain('https://www.münchen-gmbh.de')).toBe(normaliseDomain('xn--mnchen-gmbh-thb.de'));
  });

  it.each(['', 'acme', 'not a domain', 'javascript:alert(1)', 'ftp://acme.com', 'user:pw@acme.com', '192.168.0.1', '-acme.com', '<img src=x onerror=alert(1)>'])(
    'rejects %j',
    (raw) => expect(normaliseDomain(raw)).toBeNull(),
  );
});

describe('normaliseFiscalPeriod', () => {
  it.each([
    ['FY2027 Q1', 'FY2027 Q1'],
    ['fy27 q1', 'FY2027 Q1'],
    ['FY 2027-Q3', 'FY2027 Q3'],
    ['FY2028', 'FY2028'],
    // The quarter labels the app shows elsewhere, and a bare year.
    ['Q1 2027', 'FY2027 Q1'],
    ['2027-Q2', 'FY2027 Q2'],
    ['q4 fy2026', 'FY2026 Q4'],
    [' 2029 ', 'FY2029'],
  ])('%s -> %s', (raw, expected) => expect(normaliseFiscalPeriod(raw)).toBe(expected));

  it.each(['Jan 2027', '2027-01', 'W05 2027', 'FY2027 Q5', 'Q5 2027', 'next quarter', '', 'FY1999', '1999', '27'])('rejects %j', (raw) => expect(normaliseFiscalPeriod(raw)).toBeNull());
});
