import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  modelFromSettings,
  serverErrorsByField,
  settingsFieldOf,
  settingsFromModel,
  validateSettings,
} from './analysisSettings'

describe('analysis settings form', () => {
  it('starts from the API defaults, weights and shares as percents', () => {
    const m = modelFromSettings()
    expect(m.comparison).toBe('CLUSTER')
    expect(m.weights).toEqual({ RESULTS: '50', STAFF: '20', CONDITIONS: '15', MANAGEMENT: '15', OBJECTIVITY: '0' })
    expect([m.clusters, m.weakShare, m.strongShare, m.minIndicators]).toEqual(['4', '20', '20', '3'])
    expect(m.acceptedOnly).toBe(false)
    expect([m.gapSignal, m.confirmSignal, m.highResultSignal]).toEqual(['15', '50', '2'])
    expect(validateSettings(m)).toEqual({})
  })

  it('turns the defaults back into exactly the API defaults', () => {
    expect(settingsFromModel(modelFromSettings())).toEqual(DEFAULT_SETTINGS)
  })

  it("takes a run's settings, and reads numbers as people type them", () => {
    const m = modelFromSettings({ comparison: 'REGION', weights: { RESULTS: 1, STAFF: 0 }, weakShare: 0.15, acceptedOnly: true })
    expect(m.comparison).toBe('REGION')
    expect(m.weights.RESULTS).toBe('100')
    expect(m.weights.CONDITIONS).toBe('15')
    expect(m.weakShare).toBe('15')
    m.strongShare = '12,5'
    m.clusters = ' 6 '
    expect(settingsFromModel(m)).toMatchObject({
      comparison: 'REGION',
      weights: { RESULTS: 1, STAFF: 0, CONDITIONS: 0.15, MANAGEMENT: 0.15, OBJECTIVITY: 0 },
      clusters: 6,
      weakShare: 0.15,
      strongShare: 0.125,
      acceptedOnly: true,
    })
  })

  it('checks what the server checks', () => {
    const m = modelFromSettings()
    m.clusters = '13'
    m.weakShare = '60'
    m.strongShare = 'много'
    m.minIndicators = '0'
    m.weights.STAFF = '-1'
    m.gapSignal = '101'
    m.highResultSignal = '0'
    expect(validateSettings(m)).toEqual({
      clusters: 'clusters',
      weakShare: 'share',
      strongShare: 'share',
      minIndicators: 'minIndicators',
      'weights.STAFF': 'weight',
      gapSignal: 'percent',
      highResultSignal: 'positive',
    })
    const zero = modelFromSettings({ weights: { RESULTS: 0, STAFF: 0, CONDITIONS: 0, MANAGEMENT: 0, OBJECTIVITY: 0 } })
    expect(validateSettings(zero)).toEqual({ weights: 'weightsZero' })
    const fraction = modelFromSettings()
    fraction.clusters = '2,5'
    expect(validateSettings(fraction)).toEqual({ clusters: 'clusters' })
  })

  it("places the server's field errors on the form's fields", () => {
    expect(settingsFieldOf('clusters')).toBe('clusters')
    expect(settingsFieldOf('run.settings.weakShare')).toBe('weakShare')
    expect(settingsFieldOf('weights.RESULTS')).toBe('weights.RESULTS')
    expect(settingsFieldOf('weights')).toBe('weights')
    expect(settingsFieldOf('weights.CONTEXT')).toBe('weights')
    expect(settingsFieldOf('somethingElse')).toBeUndefined()
    expect(
      serverErrorsByField([
        { field: 'clusters', message: 'Число кластеров — от 1 до 12' },
        { field: 'weights.RESULTS', message: 'Вес категории — число от 0 до 100' },
        { field: 'body', message: 'Непонятный JSON' },
      ]),
    ).toEqual({ clusters: 'Число кластеров — от 1 до 12', 'weights.RESULTS': 'Вес категории — число от 0 до 100', '': 'Непонятный JSON' })
  })
})
