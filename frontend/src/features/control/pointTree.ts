import type { DecisionPoint } from './types'

export interface PointNode {
  point: DecisionPoint
  children: PointNode[]
}

/** Compares point numbers part by part as numbers: 2 < 2.1 < 2.10 < 3 < 3.2 < 3.2.1. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').filter(Boolean)
  const pb = b.split('.').filter(Boolean)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1
    if (pb[i] === undefined) return 1
    const na = Number.parseInt(pa[i], 10)
    const nb = Number.parseInt(pb[i], 10)
    if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb
    if (pa[i] !== pb[i]) return pa[i].localeCompare(pb[i])
  }
  return 0
}

/**
 * The points as a tree. The server's parentId wins; without it a point hangs under the nearest earlier point whose
 * number is its prefix (3.2.1 under 3.2). Repeated numbers (the Kerch decision has «3.2» twice) stay two nodes,
 * each with the sub-points that follow it. Order is the document's order.
 */
export function buildPointTree(points: DecisionPoint[]): PointNode[] {
  const roots: PointNode[] = []
  const byId = new Map<number, PointNode>()
  const nodes = points.map((point) => ({ point, children: [] as PointNode[] }))
  for (const node of nodes) if (node.point.id != null) byId.set(node.point.id, node)
  const stack: PointNode[] = []
  for (const node of nodes) {
    const number = (node.point.number ?? '').replace(/\.$/, '')
    let parent: PointNode | undefined
    if (node.point.parentId != null) parent = byId.get(node.point.parentId)
    if (!parent) {
      while (stack.length) {
        const top = stack[stack.length - 1]
        const prefix = (top.point.number ?? '').replace(/\.$/, '')
        if (number.startsWith(prefix + '.')) break
        stack.pop()
      }
      parent = stack[stack.length - 1]
    } else {
      // Keep the stack consistent with the server's parent for the points that follow.
      while (stack.length && stack[stack.length - 1] !== parent) stack.pop()
    }
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  }
  return roots
}

/** The tree as rows in document order, with each row's depth, for a flat list with indents. */
export function flatten(nodes: PointNode[], depth = 0): { point: DecisionPoint; depth: number; hasChildren: boolean }[] {
  return nodes.flatMap((n) => [{ point: n.point, depth, hasChildren: n.children.length > 0 }, ...flatten(n.children, depth + 1)])
}
