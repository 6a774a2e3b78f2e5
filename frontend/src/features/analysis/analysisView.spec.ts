import { describe, expect, it } from 'vitest'
import { RUN, RUN_SUMMARIES, WEAKEST } from './analysisFixtures'
import {
  boxplotOption,
  centreRows,
  indicatorGroups,
  indicatorNames,
  notJudgedReason,
  positionCounts,
  radarBound,
  radarCategories,
  radarOption,
  runIdFromQuery,
  runItems,
  schoolQuery,
  scoreBar,
  scoreTone,
  shortVersion,
} from './analysisView'

const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key)
const fmt = {
  decimal: (n: number | null | undefined, digits = 1) => (n == null ? '' : n.toLocaleString('ru-RU', { maximumFractionDigits: digits })),
  number: (n: number | null | undefined) => (n == null ? '' : n.toLocaleString('ru-RU')),
}

describe('analysis view: runs', () => {
  it('counts every position in a fixed order, 0 for one the run leaves out', () => {
    expect(positionCounts({ WEAK: 2, STRONG: 3 })).toEqual([
      { position: 'STRONG', count: 3 },
      { position: 'MIDDLE', count: 0 },
      { position: 'WEAK', count: 2 },
      { position: 'INSUFFICIENT_DATA', count: 0 },
    ])
  })

  it('lists the runs newest first with who, when, comparison and positions', () => {
    const items = runItems(RUN_SUMMARIES, t, (iso) => `at ${iso}`)
    expect(items.map((i) => i.value)).toEqual([2, 1])
    expect(items[0].title).toBe('analysis.runs.item {"id":2,"date":"at 2026-11-24T05:57:11Z","user":"analyst.krasnoyarsk"}')
    // No schools without data: that count is left out.
    expect(items[0].subtitle).toBe(
      'analysis.comparison.REGION · analysis.positionShort.STRONG: 2, analysis.positionShort.MIDDLE: 8, analysis.positionShort.WEAK: 2',
    )
    expect(items[1].subtitle).toContain('analysis.positionShort.INSUFFICIENT_DATA: 1')
  })

  it('reads the run from the URL and shortens the data version', () => {
    expect(runIdFromQuery({ run: '12' })).toBe(12)
    expect(runIdFromQuery({ run: ['7', '8'] })).toBe(7)
    expect(runIdFromQuery({ run: 'abc' })).toBeUndefined()
    expect(runIdFromQuery({ run: '0' })).toBeUndefined()
    expect(runIdFromQuery({})).toBeUndefined()
    expect(shortVersion(RUN.dataVersion)).toBe('35412bbcfa')
    expect(shortVersion(undefined)).toBe('')
  })
})

describe('analysis view: clusters and distributions', () => {
  it("names a cluster centre's features by the campaign's indicators or the registry", () => {
    const rows = centreRows(RUN.clusters![3], RUN.clusterFeatures, RUN.indicators, t, fmt)
    expect(rows).toEqual([
      { code: 'CTX_RURAL', label: 'analysis.clusters.feature.CTX_RURAL', value: '100 %' },
      { code: 'CTX_STUDENTS', label: 'Численность обучающихся', value: '197 чел.' },
      { code: 'CTX_LOWINC', label: 'Доля обучающихся из малообеспеченных семей', value: '23,1 %' },
    ])
  })

  it('draws a box from the five numbers and the mean as a point, with the numbers in the tooltip', () => {
    const labels = { min: 'Мин', q1: 'Q1', median: 'Медиана', q3: 'Q3', max: 'Макс', mean: 'Среднее', distribution: 'Распределение' }
    const option = boxplotOption(RUN.distributions![0], RUN.indicators![0], labels, fmt)!
    expect(option.xAxis.name).toBe('%')
    expect(option.yAxis.data).toEqual(['Доля участников ВПР с отметкой «2»'])
    expect(option.series[0]).toMatchObject({ type: 'boxplot', data: [[3.5088, 7.733, 11.4294, 14.5168, 19.6203]] })
    expect(option.series[0].tooltip.formatter).toBe('Макс: 19,62<br/>Q3: 14,52<br/>Медиана: 11,43<br/>Q1: 7,73<br/>Мин: 3,51')
    expect(option.series[1]).toMatchObject({ type: 'scatter', data: [[11.098, 0]], name: 'Среднее' })
    // Nothing to draw without values.
    expect(boxplotOption(RUN.distributions![3], RUN.indicators![3], labels, fmt)).toBeUndefined()
    // A unit of a yes/no ("—") is no axis name.
    expect(boxplotOption(RUN.distributions![0], { name: 'x', unit: '—' }, labels, fmt)!.xAxis.name).toBe('')
  })
})

describe('analysis view: a school', () => {
  it("draws the school's categories against its cluster and the campaign, context left out", () => {
    expect(radarCategories(WEAKEST)).toEqual(['RESULTS', 'OBJECTIVITY', 'STAFF', 'MANAGEMENT'])
    const option = radarOption(WEAKEST, { school: 'Школа', cluster: 'Кластер', campaign: 'Мониторинг', category: (c) => `cat.${c}` })
    expect(option.radar.indicator).toEqual([
      { name: 'cat.RESULTS', min: -1, max: 1 },
      { name: 'cat.OBJECTIVITY', min: -1, max: 1 },
      { name: 'cat.STAFF', min: -1, max: 1 },
      { name: 'cat.MANAGEMENT', min: -1, max: 1 },
    ])
    const [school, cluster, campaign] = option.series[0].data
    expect(school).toMatchObject({ name: 'Школа', value: [-0.4, -0.49, -0.06, -1] })
    expect(cluster).toMatchObject({ name: 'Кластер', value: [0.05, -0.34, 0.15, 0] })
    expect(campaign).toMatchObject({ name: 'Мониторинг', value: [0, 0, 0, 0] })
    expect(option.legend.data).toEqual(['Школа', 'Кластер', 'Мониторинг'])
  })

  it('leaves a gap for a category the school has no score in, and widens the scale for large scores', () => {
    const option = radarOption(
      { categories: { RESULTS: -2.3 }, clusterCategories: { RESULTS: 0.1, STAFF: 0.2 }, campaignCategories: { RESULTS: 0, STAFF: 0 } },
      { school: 's', cluster: 'c', campaign: 'a', category: (c) => c },
    )
    expect(option.series[0].data[0].value).toEqual([-2.3, '-'])
    expect(option.radar.indicator[0]).toMatchObject({ min: -2.5, max: 2.5 })
    expect(radarBound([])).toBe(1)
    expect(radarBound([0.3, -1.2])).toBe(1.5)
  })

  it('colours a score as the server marks strengths and weaknesses, and draws its bar from the middle', () => {
    expect([scoreTone(1.1), scoreTone(-1), scoreTone(0.5), scoreTone(null)]).toEqual(['success', 'error', 'neutral', 'none'])
    expect(scoreBar(1.5)).toEqual({ left: 50, width: 25 })
    expect(scoreBar(-3)).toEqual({ left: 0, width: 50 })
    expect(scoreBar(-9)).toEqual({ left: 0, width: 50 })
    expect(scoreBar(null)).toBeUndefined()
  })

  it('says why a value is not judged and names strengths by their indicators', () => {
    const byCode = Object.fromEntries(WEAKEST.indicators!.map((i) => [i.code, i]))
    expect(notJudgedReason(byCode.VPR_Q45)).toBe('smallSample')
    expect(notJudgedReason(byCode.CTX_STUDENTS)).toBe('context')
    expect(notJudgedReason(byCode.VPR_F2)).toBeUndefined()
    expect(notJudgedReason({ score: undefined, smallSample: false, direction: 'HIGHER_BETTER', category: 'RESULTS' })).toBe('missing')
    expect(indicatorNames(WEAKEST.weaknesses, WEAKEST.indicators)).toEqual([
      'Доля участников ВПР с расхождением отметки ВПР и журнала на 2 балла и более',
      'Утверждена антирисковая программа (дорожная карта) школы',
    ])
    expect(indicatorNames(['UNKNOWN'], WEAKEST.indicators)).toEqual(['UNKNOWN'])
  })

  it("groups a school's indicators by category in the catalogue's order", () => {
    expect(indicatorGroups(WEAKEST.indicators!).map((g) => [g.category, g.items.map((i) => i.code)])).toEqual([
      ['RESULTS', ['VPR_F2', 'VPR_Q45']],
      ['OBJECTIVITY', ['OBJ_GAP2']],
      ['CONTEXT', ['CTX_STUDENTS']],
      ['STAFF', ['ST_VAC']],
      ['MANAGEMENT', ['M_PROGRAM']],
    ])
  })
})

describe('analysis view: the ranked table query', () => {
  it('asks for a 0-based page, the API sort fields and only the filters set', () => {
    expect(schoolQuery({ page: 1, size: 25, sort: [{ key: 'rank', order: 'asc' }] })).toEqual({ page: 0, size: 25, sort: 'rank' })
    expect(
      schoolQuery({
        page: 3,
        size: 10,
        sort: [{ key: 'composite', order: 'desc' }, { key: 'schoolName', order: 'asc' }, { key: 'signals', order: 'asc' }],
        position: 'WEAK',
        municipalityId: 6,
        cluster: 2,
        q: '  гимназия ',
      }),
    ).toEqual({ page: 2, size: 10, sort: '-composite,name', position: 'WEAK', municipalityId: 6, cluster: 2, q: 'гимназия' })
    expect(schoolQuery({ page: 1, size: 25, sort: [], position: null, municipalityId: null, cluster: null, q: ' ' })).toEqual({ page: 0, size: 25 })
  })
})
