import { describe, expect, it } from 'vitest';
import {
  codecFor,
  decodeValue,
  encodeValue,
  forwardEdges,
  orderTables,
  splitLines,
} from './backup-format';

const edge = (table: string, references: string) => ({
  name: `${table}_${references}`,
  table,
  references,
});

describe('backup format', () => {
  it('orders tables parents first, whatever their names', () => {
    const order = orderTables(
      ['a_memberships', 'b_users', 'c_orgs', 'd_logs'],
      [
        edge('a_memberships', 'b_users'),
        edge('a_memberships', 'c_orgs'),
        edge('c_orgs', 'b_users'),
      ],
    );
    expect(order).toEqual(['b_users', 'c_orgs', 'a_memberships', 'd_logs']);
    expect(forwardEdges(order, [edge('a_memberships', 'b_users')])).toEqual([]);
  });

  it('puts tables in a cycle last and names the foreign keys to drop during the load', () => {
    const edges = [edge('x', 'y'), edge('y', 'x'), edge('tree', 'tree'), edge('z', 'x')];
    const order = orderTables(['tree', 'x', 'y', 'z'], edges);
    expect(order).toEqual(['tree', 'x', 'y', 'z']);
    expect(
      forwardEdges(order, edges)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['tree_tree', 'x_y']);
  });

  it('writes values portably and reads them back', () => {
    expect(codecFor('int8')).toBe('text');
    expect(codecFor('jsonb')).toBe('json');
    expect(encodeValue('bool', 'true')).toBe(true);
    expect(encodeValue('int', '-42')).toBe(-42);
    expect(encodeValue('float', '0.1')).toBe(0.1);
    expect(encodeValue('float', 'NaN')).toBe('NaN');
    expect(encodeValue('text', '12345678901234567890')).toBe('12345678901234567890');
    expect(encodeValue('json', null)).toBe(null);
    expect(decodeValue(true)).toBe('true');
    expect(decodeValue(-42)).toBe('-42');
    expect(decodeValue(null)).toBe(null);
  });

  it('splits chunks into lines wherever the chunks break', async () => {
    async function* chunks() {
      yield '{"a":1}\n["x",';
      yield '"y"]\n\n[1]';
    }
    const lines: string[] = [];
    for await (const line of splitLines(chunks())) lines.push(line);
    expect(lines).toEqual(['{"a":1}', '["x","y"]', '[1]']);
  });
});
