import type { RouteRecordInfo, RouteRecordRaw } from 'vue-router'
import type { Operation } from '@/store/session'

type NoParams = Record<never, never>
type Id = { id: string | number }
type IdOut = { id: string }

/** Every route by name, so that `{ name, params }` is checked by the compiler. */
export interface RouteNamedMap {
  home: RouteRecordInfo<'home', '/', NoParams, NoParams>
  schools: RouteRecordInfo<'schools', '/schools', NoParams, NoParams>
  'school-new': RouteRecordInfo<'school-new', '/schools/new', NoParams, NoParams>
  school: RouteRecordInfo<'school', '/schools/:id', Id, IdOut>
  'school-edit': RouteRecordInfo<'school-edit', '/schools/:id/edit', Id, IdOut>
  regions: RouteRecordInfo<'regions', '/regions', NoParams, NoParams>
  region: RouteRecordInfo<'region', '/regions/:id', Id, IdOut>
  municipality: RouteRecordInfo<'municipality', '/municipalities/:id', Id, IdOut>
  audit: RouteRecordInfo<'audit', '/audit', NoParams, NoParams>
  indicators: RouteRecordInfo<'indicators', '/monitoring/indicators', NoParams, NoParams>
  campaigns: RouteRecordInfo<'campaigns', '/monitoring/campaigns', NoParams, NoParams>
  'campaign-new': RouteRecordInfo<'campaign-new', '/monitoring/campaigns/new', NoParams, NoParams>
  campaign: RouteRecordInfo<'campaign', '/monitoring/campaigns/:id', Id, IdOut>
  'campaign-edit': RouteRecordInfo<'campaign-edit', '/monitoring/campaigns/:id/edit', Id, IdOut>
  review: RouteRecordInfo<'review', '/monitoring/review', NoParams, NoParams>
  tasks: RouteRecordInfo<'tasks', '/monitoring/tasks', NoParams, NoParams>
  submission: RouteRecordInfo<
    'submission',
    '/monitoring/campaigns/:campaignId/schools/:schoolId',
    { campaignId: string | number; schoolId: string | number },
    { campaignId: string; schoolId: string }
  >
  'municipal-submission': RouteRecordInfo<
    'municipal-submission',
    '/monitoring/campaigns/:campaignId/municipalities/:municipalityId',
    { campaignId: string | number; municipalityId: string | number },
    { campaignId: string; municipalityId: string }
  >
  'campaign-analysis': RouteRecordInfo<'campaign-analysis', '/monitoring/campaigns/:id/analysis', Id, IdOut>
  'analysis-school': RouteRecordInfo<
    'analysis-school',
    '/monitoring/analyses/:runId/schools/:schoolId',
    { runId: string | number; schoolId: string | number },
    { runId: string; schoolId: string }
  >
  roadmaps: RouteRecordInfo<'roadmaps', '/plans/roadmaps', NoParams, NoParams>
  'roadmap-new': RouteRecordInfo<'roadmap-new', '/plans/roadmaps/new', NoParams, NoParams>
  roadmap: RouteRecordInfo<'roadmap', '/plans/roadmaps/:id', Id, IdOut>
  decisions: RouteRecordInfo<'decisions', '/control/decisions', NoParams, NoParams>
  'decision-new': RouteRecordInfo<'decision-new', '/control/decisions/new', NoParams, NoParams>
  decision: RouteRecordInfo<'decision', '/control/decisions/:id', Id, IdOut>
  'decision-edit': RouteRecordInfo<'decision-edit', '/control/decisions/:id/edit', Id, IdOut>
  'document-import': RouteRecordInfo<'document-import', '/documents/import', NoParams, NoParams>
  recommendations: RouteRecordInfo<'recommendations', '/recommendations', NoParams, NoParams>
  'teacher-routes': RouteRecordInfo<'teacher-routes', '/teachers/:id/routes', Id, IdOut>
  'individual-routes': RouteRecordInfo<'individual-routes', '/routes', NoParams, NoParams>
  'individual-route': RouteRecordInfo<'individual-route', '/routes/:id', Id, IdOut>
  recommendation: RouteRecordInfo<'recommendation', '/recommendations/:id', Id, IdOut>
  'my-work': RouteRecordInfo<'my-work', '/control/my-work', NoParams, NoParams>
  'teacher-training': RouteRecordInfo<'teacher-training', '/teachers/:id/training', Id, IdOut>
  'school-training': RouteRecordInfo<'school-training', '/schools/:id/training', Id, IdOut>
  trainings: RouteRecordInfo<'trainings', '/training', NoParams, NoParams>
  'control-dashboard': RouteRecordInfo<'control-dashboard', '/control', NoParams, NoParams>
  cycle: RouteRecordInfo<'cycle', '/cycle', NoParams, NoParams>
  trends: RouteRecordInfo<'trends', '/trends', NoParams, NoParams>
  'campaign-comparison': RouteRecordInfo<'campaign-comparison', '/monitoring/campaigns/:id/comparison', Id, IdOut>
  'region-overview': RouteRecordInfo<'region-overview', '/regions/:id/overview', Id, IdOut>
  'teacher-assessments': RouteRecordInfo<'teacher-assessments', '/teachers/:id/assessments', Id, IdOut>
  deficits: RouteRecordInfo<'deficits', '/deficits', NoParams, NoParams>
  'school-lists': RouteRecordInfo<'school-lists', '/lists', NoParams, NoParams>
  'school-list-new': RouteRecordInfo<'school-list-new', '/lists/new', NoParams, NoParams>
  'identification-rules': RouteRecordInfo<'identification-rules', '/lists/rules', NoParams, NoParams>
  'school-list': RouteRecordInfo<'school-list', '/lists/:id', Id, IdOut>
  'risk-factors': RouteRecordInfo<'risk-factors', '/risk-factors', NoParams, NoParams>
  partnerships: RouteRecordInfo<'partnerships', '/partnerships', NoParams, NoParams>
  partnership: RouteRecordInfo<'partnership', '/partnerships/:id', Id, IdOut>
  users: RouteRecordInfo<'users', '/users', NoParams, NoParams>
  teachers: RouteRecordInfo<'teachers', '/teachers', NoParams, NoParams>
  'school-teachers': RouteRecordInfo<'school-teachers', '/schools/:id/teachers', Id, IdOut>
  teacher: RouteRecordInfo<'teacher', '/teachers/:id', Id, IdOut>
  welcome: RouteRecordInfo<'welcome', '/welcome/:token', { token: string }, { token: string }>
  'not-found': RouteRecordInfo<'not-found', '/:pathMatch(.*)*', { pathMatch: string | string[] }, { pathMatch: string[] }>
}

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: RouteNamedMap
  }
  interface RouteMeta {
    /** The page is for those whose roles admit this API operation (as /me says); others see the not-found page. */
    operation?: Operation
    /** i18n key of the page title. */
    title?: string
    /** The page opens without login (a setup link): no session, no app shell. */
    public?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/pages/HomePage.vue'), meta: { title: 'nav.home' } },
  { path: '/schools', name: 'schools', component: () => import('@/features/schools/SchoolRegistry.vue'), meta: { title: 'schools.title' } },
  {
    path: '/schools/new',
    name: 'school-new',
    component: () => import('@/features/schools/SchoolForm.vue'),
    meta: { operation: 'createSchool', title: 'schools.form.createTitle' },
  },
  { path: '/schools/:id(\\d+)', name: 'school', component: () => import('@/features/schools/SchoolCard.vue'), props: true, meta: { title: 'schools.title' } },
  {
    path: '/schools/:id(\\d+)/edit',
    name: 'school-edit',
    component: () => import('@/features/schools/SchoolForm.vue'),
    props: true,
    meta: { title: 'schools.form.editTitle' },
  },
  { path: '/regions', name: 'regions', component: () => import('@/features/territory/RegionList.vue'), meta: { title: 'nav.regions' } },
  { path: '/regions/:id(\\d+)', name: 'region', component: () => import('@/features/territory/RegionCard.vue'), props: true, meta: { title: 'nav.regions' } },
  {
    path: '/municipalities/:id(\\d+)',
    name: 'municipality',
    component: () => import('@/features/territory/MunicipalityCard.vue'),
    props: true,
    meta: { title: 'nav.regions' },
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('@/features/audit/AuditList.vue'),
    meta: { operation: 'listAuditEvents', title: 'audit.title' },
  },
  {
    path: '/monitoring/indicators',
    name: 'indicators',
    component: () => import('@/features/monitoring/IndicatorList.vue'),
    meta: { operation: 'createIndicator', title: 'monitoring.indicators.title' },
  },
  {
    path: '/monitoring/campaigns',
    name: 'campaigns',
    component: () => import('@/features/monitoring/CampaignList.vue'),
    meta: { operation: 'createCampaign', title: 'monitoring.campaigns.title' },
  },
  {
    path: '/monitoring/campaigns/new',
    name: 'campaign-new',
    component: () => import('@/features/monitoring/CampaignForm.vue'),
    meta: { operation: 'createCampaign', title: 'monitoring.campaigns.form.createTitle' },
  },
  {
    path: '/monitoring/campaigns/:id(\\d+)',
    name: 'campaign',
    component: () => import('@/features/monitoring/CampaignCard.vue'),
    props: true,
    meta: { operation: 'createCampaign', title: 'monitoring.campaigns.title' },
  },
  {
    path: '/monitoring/campaigns/:id(\\d+)/edit',
    name: 'campaign-edit',
    component: () => import('@/features/monitoring/CampaignForm.vue'),
    props: true,
    meta: { operation: 'updateCampaign', title: 'monitoring.campaigns.form.editTitle' },
  },
  {
    path: '/monitoring/review',
    name: 'review',
    component: () => import('@/features/monitoring/ReviewQueue.vue'),
    meta: { operation: 'reviewSubmission', title: 'monitoring.submissions.reviewTitle' },
  },
  {
    path: '/monitoring/tasks',
    name: 'tasks',
    component: () => import('@/features/monitoring/TaskList.vue'),
    meta: { operation: 'saveSubmission', title: 'monitoring.submissions.tasksTitle' },
  },
  {
    path: '/monitoring/campaigns/:campaignId(\\d+)/schools/:schoolId(\\d+)',
    name: 'submission',
    component: () => import('@/features/monitoring/SubmissionPage.vue'),
    props: true,
    meta: { operation: 'getSubmission', title: 'monitoring.submission.title' },
  },
  {
    path: '/monitoring/campaigns/:campaignId(\\d+)/municipalities/:municipalityId(\\d+)',
    name: 'municipal-submission',
    component: () => import('@/features/monitoring/SubmissionPage.vue'),
    props: true,
    meta: { operation: 'getMunicipalSubmission', title: 'monitoring.submission.title' },
  },
  {
    path: '/monitoring/campaigns/:id(\\d+)/analysis',
    name: 'campaign-analysis',
    component: () => import('@/features/analysis/AnalysisPage.vue'),
    props: true,
    meta: { operation: 'getAnalysis', title: 'analysis.title' },
  },
  {
    path: '/monitoring/analyses/:runId(\\d+)/schools/:schoolId(\\d+)',
    name: 'analysis-school',
    component: () => import('@/features/analysis/AnalysisSchoolPage.vue'),
    props: true,
    meta: { operation: 'getAnalysisSchool', title: 'analysis.title' },
  },
  { path: '/plans/roadmaps', name: 'roadmaps', component: () => import('@/features/plans/RoadmapList.vue'), meta: { title: 'plans.title' } },
  {
    path: '/plans/roadmaps/new',
    name: 'roadmap-new',
    component: () => import('@/features/plans/RoadmapNew.vue'),
    meta: { operation: 'createRoadmap', title: 'plans.create.title' },
  },
  { path: '/plans/roadmaps/:id(\\d+)', name: 'roadmap', component: () => import('@/features/plans/RoadmapCard.vue'), props: true, meta: { title: 'plans.title' } },
  { path: '/control/decisions', name: 'decisions', component: () => import('@/features/control/DecisionList.vue'), meta: { title: 'control.title' } },
  {
    path: '/control/decisions/new',
    name: 'decision-new',
    component: () => import('@/features/control/DecisionForm.vue'),
    meta: { operation: 'createDecision', title: 'control.form.title' },
  },
  { path: '/control/decisions/:id(\\d+)', name: 'decision', component: () => import('@/features/control/DecisionCard.vue'), props: true, meta: { title: 'control.title' } },
  {
    path: '/control/decisions/:id(\\d+)/edit',
    name: 'decision-edit',
    component: () => import('@/features/control/DecisionForm.vue'),
    props: true,
    meta: { operation: 'updateDecision', title: 'control.form.editPageTitle' },
  },
  {
    path: '/documents/import',
    name: 'document-import',
    component: () => import('@/features/documents/DocumentImport.vue'),
    meta: { operation: 'draftDocument', title: 'documents.import.title' },
  },
  {
    path: '/routes/:id(\\d+)',
    name: 'individual-route',
    component: () => import('@/features/routes/RouteRedirect.vue'),
    meta: { operation: 'getRoute', title: 'routes.title' },
  },
  {
    path: '/routes',
    name: 'individual-routes',
    component: () => import('@/features/routes/RouteOverview.vue'),
    meta: { operation: 'summariseRoutes', title: 'routes.title' },
  },
  {
    path: '/recommendations',
    name: 'recommendations',
    component: () => import('@/features/recommendations/RecommendationList.vue'),
    meta: { operation: 'listRecommendations', title: 'recommendations.title' },
  },
  {
    path: '/recommendations/:id(\\d+)',
    name: 'recommendation',
    component: () => import('@/features/recommendations/RecommendationCard.vue'),
    props: true,
    meta: { operation: 'getRecommendation', title: 'recommendations.title' },
  },
  {
    path: '/control/my-work',
    name: 'my-work',
    component: () => import('@/features/control/MyWork.vue'),
    meta: { operation: 'myWork', title: 'control.myWork.title' },
  },
  {
    path: '/schools/:id(\\d+)/training',
    name: 'school-training',
    props: true,
    component: () => import('@/features/training/SchoolTraining.vue'),
    meta: { operation: 'trainingDue', title: 'training.title' },
  },
  {
    path: '/training',
    name: 'trainings',
    component: () => import('@/features/training/TrainingOverview.vue'),
    meta: { operation: 'trainingSummary', title: 'training.title' },
  },
  {
    path: '/control',
    name: 'control-dashboard',
    component: () => import('@/features/control/ControlDashboard.vue'),
    meta: { operation: 'controlDashboard', title: 'control.dashboard.title' },
  },
  {
    path: '/cycle',
    name: 'cycle',
    component: () => import('@/features/cycle/CyclePage.vue'),
    meta: { operation: 'cycleMatrix', title: 'cycle.title' },
  },
  {
    path: '/trends',
    name: 'trends',
    component: () => import('@/features/trends/TrendsPage.vue'),
    meta: { operation: 'trend', title: 'trends.title' },
  },
  {
    path: '/monitoring/campaigns/:id/comparison',
    name: 'campaign-comparison',
    component: () => import('@/features/trends/ComparisonPage.vue'),
    props: true,
    meta: { operation: 'municipalityComparison', title: 'comparison.title' },
  },
  {
    path: '/regions/:id(\\d+)/overview',
    name: 'region-overview',
    component: () => import('@/features/cycle/RegionOverviewPage.vue'),
    props: true,
    meta: { operation: 'regionOverview', title: 'cycle.overview.title' },
  },
  {
    path: '/deficits',
    name: 'deficits',
    component: () => import('@/features/deficits/DeficitSummaryPage.vue'),
    meta: { operation: 'deficitSummary', title: 'deficits.summary.title' },
  },
  { path: '/lists', name: 'school-lists', component: () => import('@/features/lists/SchoolListsPage.vue'), meta: { title: 'lists.title' } },
  {
    path: '/lists/new',
    name: 'school-list-new',
    component: () => import('@/features/lists/SchoolListNew.vue'),
    meta: { operation: 'createSchoolList', title: 'lists.newList.title' },
  },
  {
    path: '/lists/rules',
    name: 'identification-rules',
    component: () => import('@/features/lists/IdentificationRules.vue'),
    meta: { operation: 'createIdentificationRule', title: 'lists.rules.title' },
  },
  { path: '/lists/:id(\\d+)', name: 'school-list', component: () => import('@/features/lists/SchoolListCard.vue'), props: true, meta: { title: 'lists.title' } },
  {
    path: '/risk-factors',
    name: 'risk-factors',
    component: () => import('@/features/risk/RiskFactorsPage.vue'),
    meta: { operation: 'listRiskFactors', title: 'risk.factors.title' },
  },
  {
    path: '/teachers',
    name: 'teachers',
    component: () => import('@/features/staff/StaffPage.vue'),
    meta: { operation: 'listTeachers', title: 'staff.title' },
  },
  {
    path: '/schools/:id(\\d+)/teachers',
    name: 'school-teachers',
    component: () => import('@/features/staff/SchoolStaffPage.vue'),
    props: true,
    meta: { operation: 'getSchoolStaff', title: 'staff.title' },
  },
  {
    // the teacher's page: a layout whose tabs are its children, the card and each feature's page of the teacher
    path: '/teachers/:id(\\d+)',
    component: () => import('@/features/staff/TeacherLayout.vue'),
    props: true,
    meta: { operation: 'getTeacher', title: 'staff.title' },
    children: [
      { path: '', name: 'teacher', component: () => import('@/features/staff/TeacherCard.vue'), meta: { operation: 'getTeacher', title: 'staff.title' } },
      {
        path: 'assessments',
        name: 'teacher-assessments',
        component: () => import('@/features/deficits/TeacherAssessmentsPage.vue'),
        props: true,
        meta: { operation: 'listTeacherAssessments', title: 'deficits.assessments.title' },
      },
      {
        path: 'training',
        name: 'teacher-training',
        props: true,
        component: () => import('@/features/training/TeacherTraining.vue'),
        meta: { operation: 'teacherTrainings', title: 'training.title' },
      },
      {
        path: 'routes',
        name: 'teacher-routes',
        props: true,
        component: () => import('@/features/routes/TeacherRoutes.vue'),
        meta: { operation: 'listTeacherRoutes', title: 'routes.teacherTitle' },
      },
    ],
  },
  {
    path: '/partnerships',
    name: 'partnerships',
    component: () => import('@/features/partnerships/PartnershipList.vue'),
    meta: { operation: 'listPartnerships', title: 'partnerships.title' },
  },
  {
    path: '/partnerships/:id(\\d+)',
    name: 'partnership',
    component: () => import('@/features/partnerships/PartnershipCard.vue'),
    props: true,
    meta: { operation: 'getPartnership', title: 'partnerships.title' },
  },
  { path: '/users', name: 'users', component: () => import('@/features/accounts/UserList.vue'), meta: { operation: 'listUsers', title: 'accounts.title' } },
  {
    path: '/welcome/:token',
    name: 'welcome',
    component: () => import('@/features/accounts/WelcomePage.vue'),
    props: true,
    meta: { public: true, title: 'accounts.welcome.title' },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
]
