import { describe, expect, it } from 'vitest'
import { buildPointTree, compareNumbers, flatten } from './pointTree'
import type { DecisionPoint } from './types'

const p = (id: number, number: string, parentId?: number): DecisionPoint => ({ id, number, parentId, text: `Пункт ${number}` })
const shape = (points: DecisionPoint[]) => flatten(buildPointTree(points)).map((r) => `${'  '.repeat(r.depth)}${r.point.number}`)

describe('buildPointTree', () => {
  it('nests points by number (2 → 2.1, 3.2 → 3.2.1) and keeps both «3.2» of the Kerch decision with their own sub-points', () => {
    const points = [p(1, '1'), p(2, '2'), p(3, '2.1'), p(4, '2.2'), p(5, '3'), p(6, '3.1'), p(7, '3.2'), p(8, '3.2.1'), p(9, '3.2'), p(10, '3.2.1'), p(11, '4'), p(12, '4.1')]
    expect(shape(points)).toEqual(['1', '2', '  2.1', '  2.2', '3', '  3.1', '  3.2', '    3.2.1', '  3.2', '    3.2.1', '4', '  4.1'])
    const tree = buildPointTree(points)
    expect(tree[2].children.map((c) => c.point.id)).toEqual([6, 7, 9])
    expect(tree[2].children[1].children[0].point.id).toBe(8)
    expect(tree[2].children[2].children[0].point.id).toBe(10)
  })

  it('follows the server’s parent where it names one, and does not take 3.20 for a child of 3.2', () => {
    expect(shape([p(1, '3'), p(2, '3.2'), p(3, '3.20'), p(4, '5', 1)])).toEqual(['3', '  3.2', '  3.20', '  5'])
    expect(shape([p(1, '1.'), p(2, '1.1'), p(3, '2')])).toEqual(['1.', '  1.1', '2'])
  })

  it('orders numbers part by part', () => {
    expect(['3.2.1', '10', '2', '3.10', '3.2'].sort(compareNumbers)).toEqual(['2', '3.2', '3.2.1', '3.10', '10'])
  })
})
