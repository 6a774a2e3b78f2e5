// Accessibility, page by page: every demo role opens every page it can reach (each route of the SPA, records with
// real ids from the API) and axe-core finds no violation of impact «serious» or «critical» on any of them.
// The records a fresh demo database lacks in Crimea (an analysis run, a partnership, a recommendation, a ШНОР list)
// are made first, so that the Crimean roles see those pages too.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { apiAs, BASE, launch, loginAs } from './helpers.mjs'
import { axeViolations, settle, watchRequests } from './a11y.mjs'

const ROLES = ['admin', 'analyst.crimea', 'coord.kerch', 'school.kerch1']
const ANALYST = 'analyst.crimea'
const CAMPAIGN = 'Ежегодный мониторинг по выявлению ШНОР'
const RULE = 'Правило для проверки доступности (автотест)'

let browser

before(async () => {
  browser = await launch()
  await crimeanRecords()
})

after(async () => {
  await browser?.close()
})

/** An analysis run of the Crimean monitoring, a partnership from it, a recommendation to a Kerch school, a ШНОР list. */
async function crimeanRecords() {
  const me = await apiAs(ANALYST, '/api/v1/me')
  const campaigns = await apiAs(ANALYST, `/api/v1/campaigns?q=${encodeURIComponent(CAMPAIGN)}`)
  const campaign = await apiAs(ANALYST, `/api/v1/campaigns/${campaigns.items.find((c) => c.name === CAMPAIGN).id}`)
  const runs = await apiAs(ANALYST, `/api/v1/campaigns/${campaign.id}/analyses`)
  const run = runs[0] ?? (await apiAs(ANALYST, `/api/v1/campaigns/${campaign.id}/analyses`, { method: 'POST', body: JSON.stringify({ comparison: 'REGION' }) }))

  if ((await apiAs(ANALYST, '/api/v1/partnerships?size=1')).total === 0) {
    const weak = (await apiAs(ANALYST, `/api/v1/analyses/${run.id}/schools?position=WEAK&sort=rank`)).items[0]
    const partner = weak && (await apiAs(ANALYST, `/api/v1/analyses/${run.id}/schools/${weak.schoolId}/partners`))[0]
    if (partner) {
      await apiAs(ANALYST, '/api/v1/partnerships', {
        method: 'POST',
        body: JSON.stringify({ weakSchoolId: weak.schoolId, partnerSchoolId: partner.schoolId, analysisRunId: run.id, reason: RULE }),
      })
    }
  }

  if ((await apiAs(ANALYST, '/api/v1/recommendations?size=1')).total === 0) {
    const school = await apiAs('school.kerch1', '/api/v1/me')
    await apiAs(ANALYST, '/api/v1/recommendations', {
      method: 'POST',
      body: JSON.stringify({
        addresseeKind: 'SCHOOL',
        schoolId: school.schoolId,
        basisKind: 'ANALYSIS',
        analysisRunId: run.id,
        text: 'Разобрать с учителями итоги мониторинга (автотест доступности)',
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      }),
    })
  }

  if ((await apiAs(ANALYST, '/api/v1/school-lists?size=1')).total === 0) {
    const indicator = campaign.indicators[0]
    const rules = (await apiAs(ANALYST, `/api/v1/identification-rules?regionId=${me.regionId}`)).items ?? []
    const rule =
      rules.find((r) => r.name === RULE) ??
      (await apiAs(ANALYST, '/api/v1/identification-rules', {
        method: 'POST',
        body: JSON.stringify({
          regionId: me.regionId,
          kind: 'LOW_RESULTS',
          name: RULE,
          conditions: [{ indicatorCode: indicator.code, operator: 'GE', threshold: 0 }],
          minMatches: 1,
        }),
      }))
    await apiAs(ANALYST, '/api/v1/school-lists', {
      method: 'POST',
      body: JSON.stringify({ regionId: me.regionId, year: Number(campaign.academicYear.slice(0, 4)) + 1, ruleId: rule.id, campaignIds: [campaign.id] }),
    })
  }
}

/** The first record of a list the user may read, or undefined (no such records in the user's scope, or no right). */
async function first(user, path) {
  try {
    const answer = await apiAs(user, path)
    return (answer.items ?? answer)[0]
  } catch {
    return undefined
  }
}

/** Every address of the SPA this user can reach: each route whose operation /me admits, with ids from the API. */
async function pagesOf(user) {
  const me = await apiAs(user, '/api/v1/me')
  const may = (operation) => me.actions.includes(operation)
  const school = me.schoolId ? { id: me.schoolId } : await first(user, '/api/v1/schools?size=1&sort=shortName')
  const region = await first(user, '/api/v1/regions?size=1')
  const municipality = await first(user, '/api/v1/municipalities?size=1')
  const campaign = await first(user, '/api/v1/campaigns?size=1&respondent=SCHOOL')
  // a campaign of municipalities and one municipality's form in it (the coordinator's own)
  const municipal = may('getMunicipalSubmission') ? await first(user, '/api/v1/campaigns?size=1&respondent=MUNICIPALITY&status=OPEN') : undefined
  const answering = municipal && (await apiAs(user, `/api/v1/campaigns/${municipal.id}/municipalities`)).municipalities[0]
  const submission = await first(user, '/api/v1/submissions?size=1')
  const roadmap = await first(user, '/api/v1/roadmaps?size=1')
  const decision = await first(user, '/api/v1/decisions?size=1')
  const list = await first(user, '/api/v1/school-lists?size=1')
  // an approved list shows its effect of support («Эффективность»)
  const approvedList = await first(user, '/api/v1/school-lists?size=1&status=APPROVED')
  const partnership = may('getPartnership') ? await first(user, '/api/v1/partnerships?size=1') : undefined
  const recommendation = may('getRecommendation') ? await first(user, '/api/v1/recommendations?size=1') : undefined
  const individualRoute = may('listRoutes') ? await first(user, '/api/v1/routes?size=1') : undefined
  let run
  for (const c of may('listAnalyses') ? (await apiAs(user, '/api/v1/campaigns?size=50')).items : []) {
    run = (await apiAs(user, `/api/v1/campaigns/${c.id}/analyses`))[0]
    if (run) break
  }
  const analysed = run && (await first(user, `/api/v1/analyses/${run.id}/schools?size=1`))
  const teacher = may('getTeacher') ? await first(user, '/api/v1/teachers?size=1') : undefined
  const training = may('listTrainings') ? await first(user, '/api/v1/trainings?size=1') : undefined

  const pages = [
    ['/', true],
    ['/schools', true],
    ['/schools/new', may('createSchool')],
    [`/schools/${school?.id}`, school],
    [`/schools/${school?.id}/edit`, school && may('updateSchool')],
    ['/regions', true],
    [`/regions/${region?.id}`, region],
    [`/regions/${region?.id}/overview`, region && may('regionOverview') && !me.municipalityId],
    [`/municipalities/${municipality?.id}`, municipality],
    ['/audit', may('listAuditEvents')],
    ['/monitoring/indicators', may('createIndicator')],
    ['/monitoring/campaigns', may('createCampaign')],
    ['/monitoring/campaigns/new', may('createCampaign')],
    [`/monitoring/campaigns/${campaign?.id}`, campaign && may('createCampaign')],
    [`/monitoring/campaigns/${campaign?.id}/edit`, campaign && may('updateCampaign')],
    [`/monitoring/campaigns/${municipal?.id}`, municipal],
    [`/monitoring/campaigns/${municipal?.id}/municipalities/${answering?.municipalityId}`, answering],
    ['/monitoring/review', may('reviewSubmission')],
    ['/monitoring/tasks', may('saveSubmission')],
    [`/monitoring/campaigns/${submission?.campaignId}/schools/${submission?.schoolId}`, submission && may('getSubmission')],
    [`/monitoring/campaigns/${run?.campaignId}/analysis`, run && may('getAnalysis')],
    [`/monitoring/analyses/${run?.id}/schools/${analysed?.schoolId}`, analysed && may('getAnalysisSchool')],
    ['/plans/roadmaps', true],
    ['/plans/roadmaps/new', may('createRoadmap')],
    [`/plans/roadmaps/${roadmap?.id}`, roadmap],
    ['/control/decisions', true],
    ['/control/decisions/new', may('createDecision')],
    ['/documents/import', may('draftDocument')],
    [`/control/decisions/${decision?.id}`, decision],
    [`/control/decisions/${decision?.id}/edit`, decision && may('updateDecision') && decision.actions?.includes('edit')],
    ['/recommendations', may('listRecommendations')],
    [`/recommendations/${recommendation?.id}`, recommendation],
    ['/control/my-work', may('myWork')],
    [`/teachers/${individualRoute?.teacherId}/routes`, individualRoute],
    ['/routes', may('summariseRoutes') && !me.schoolId],
    ['/control', may('controlDashboard')],
    ['/cycle', may('cycleMatrix')],
    ['/trends', may('trend')],
    [`/monitoring/campaigns/${run?.campaignId}/comparison`, run && may('municipalityComparison')],
    ['/lists', true],
    ['/lists/new', may('createSchoolList')],
    ['/lists/rules', may('createIdentificationRule')],
    [`/lists/${list?.id}`, list],
    [`/lists/${approvedList?.id}`, approvedList && approvedList.id !== list?.id],
    ['/risk-factors', may('listRiskFactors')],
    ['/partnerships', may('listPartnerships')],
    [`/partnerships/${partnership?.id}`, partnership],
    ['/users', may('listUsers')],
    ['/teachers', may('listTeachers') && !me.schoolId],
    [`/schools/${school?.id}/teachers`, school && may('getSchoolStaff')],
    [`/teachers/${teacher?.id}`, teacher],
    [`/teachers/${teacher?.id}/assessments`, teacher && may('listTeacherAssessments')],
    ['/deficits', may('deficitSummary') && !me.schoolId],
    [`/teachers/${training?.teacherId}/training`, training],
    [`/schools/${training?.schoolId}/training`, training],
    ['/training', may('trainingSummary')],
    ['/no/such/page', user === 'admin'],
  ]
  return pages.filter(([, reachable]) => reachable).map(([path]) => path)
}

/** Opens an address inside the running SPA (as a link would), without reloading it and logging in again. */
async function open(page, path) {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to)
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
  }, path)
  await page.waitForURL((url) => url.pathname === path)
}

for (const user of ROLES) {
  test(`${user}: no serious or critical accessibility violations on any page`, async () => {
    const pages = await pagesOf(user)
    const { context, page } = await loginAs(browser, user)
    watchRequests(page)
    const found = []
    try {
      for (const path of pages) {
        await open(page, path)
        await settle(page)
        let violations = await axeViolations(page)
        // A request the page made late (a filter set from a loaded default) can put a table back in its loading
        // state while axe runs: what stays once it has loaded again counts.
        if (violations.length > 0) {
          await settle(page)
          violations = await axeViolations(page)
        }
        for (const v of violations) found.push(`${path}: ${v}`)
      }
    } finally {
      await context.close()
    }
    console.log(`${user}: ${pages.length} pages checked`)
    assert.deepEqual(found, [], `${user}: ${found.length} violations on ${pages.length} pages:\n${found.join('\n')}`)
  })
}

test('a setup link that does not work: no serious or critical accessibility violations, without login', async () => {
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  try {
    await page.goto(`${BASE}/welcome/no-such-link`)
    await page.getByTestId('welcome-invalid').waitFor()
    await settle(page)
    assert.deepEqual(await axeViolations(page), [])
  } finally {
    await context.close()
  }
})
