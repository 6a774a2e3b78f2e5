import type { Me } from '@/services/types'

export const ROLES = ['admin', 'regional-analyst', 'municipal-coordinator', 'school-staff', 'integrator'] as const
export type Role = (typeof ROLES)[number]

/** The role shown for the user: the widest one they hold, in this order. */
export function primaryRole(roles: readonly string[] | undefined): Role | undefined {
  return ROLES.find((r) => roles?.includes(r))
}

/** The i18n key of the role's name (roles.*). */
export function roleLabelKey(roles: readonly string[] | undefined): string {
  return `roles.${primaryRole(roles) ?? 'none'}`
}

/**
 * The user's scope in words: their school, municipality or region by name, or a key for
 * "all regions"/"no scope" (returned as { key }) to translate.
 */
export function scopeLabel(me: Me | undefined): { text: string } | { key: string } {
  if (!me) return { key: 'scope.NONE' }
  if ((me.schoolId != null || me.organizationKind === 'SCHOOL') && me.organizationName) return { text: me.organizationName }
  if (me.municipalityName) return { text: me.municipalityName }
  if (me.regionName) return { text: me.regionName }
  if (me.roles?.includes('admin')) return { key: 'scope.ALL' }
  return { key: 'scope.NONE' }
}

/** What the user may do; the API enforces all of it, the SPA only hides what would be refused. */
export function permissions(me: Me | undefined) {
  const has = (...roles: Role[]) => roles.some((r) => me?.roles?.includes(r))
  return {
    createSchool: has('admin', 'regional-analyst', 'municipal-coordinator'),
    importSchools: has('admin', 'regional-analyst'),
    seeAudit: has('admin', 'regional-analyst'),
    /** Any school the API shows them, except school staff: only their own. */
    editSchool: (schoolId: number) =>
      has('admin', 'regional-analyst', 'municipal-coordinator') || (has('school-staff') && me?.schoolId === schoolId),
    /** School staff may edit their school's profile but not move it to another municipality. */
    changeMunicipality: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Monitoring: the indicator catalogue of the region. */
    manageIndicators: has('admin', 'regional-analyst'),
    /** Monitoring campaigns: analysts of the region; coordinators see and run their municipality's. */
    seeCampaigns: has('admin', 'regional-analyst', 'municipal-coordinator'),
    createCampaign: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Edit and move a campaign: the region's analysts, or the coordinator of the municipality that owns it. */
    manageCampaign: (campaign: { municipalityId?: number | null }) =>
      has('admin', 'regional-analyst') ||
      (has('municipal-coordinator') && campaign.municipalityId != null && campaign.municipalityId === me?.municipalityId),
    /** The XLSX template and the bulk import of a campaign's values. */
    importValues: has('admin', 'regional-analyst'),
    /** Accept or return submitted data. */
    reviewSubmissions: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Fill in the school's monitoring data ("Мои задачи"). */
    fillSubmissions: has('school-staff'),
    /** «Моя работа»: measures and points given to the user's body or school. */
    seeMyWork: has('admin', 'regional-analyst', 'municipal-coordinator', 'school-staff'),
    /** The control dashboard and its XLSX export: overdue and due-soon items in scope. */
    seeControl: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Edit a draft, correct, move a roadmap: its owner's level (the API decides within scope). */
    manageRoadmap: (roadmap: { municipalityId?: number | null; schoolId?: number | null }) =>
      has('admin', 'regional-analyst') ||
      (has('municipal-coordinator') && roadmap.municipalityId != null && roadmap.municipalityId === me?.municipalityId) ||
      (has('school-staff') && roadmap.schoolId != null && roadmap.schoolId === me?.schoolId),
    /** Create a roadmap in draft: the region's, the municipality's or the own school's (the API checks the scope). */
    createRoadmap: has('admin', 'regional-analyst', 'municipal-coordinator', 'school-staff'),
    /** A school's own plan on a municipal measure given to every school. */
    planForSchool: has('school-staff') && me?.schoolId != null,
    /** Report progress on a measure of a roadmap under way. */
    reportOnMeasure: (roadmap: { status?: string }) =>
      has('admin', 'regional-analyst', 'municipal-coordinator', 'school-staff') && (roadmap.status === 'APPROVED' || roadmap.status === 'IN_PROGRESS'),
    /** Enter a decision: the region's analysts, the municipality's coordinator. */
    createDecision: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Correct a decision as entered: the region's analysts, the municipality's coordinator for its own decisions. */
    manageDecision: (decision: { municipalityId?: number | null }) =>
      has('admin', 'regional-analyst') ||
      (has('municipal-coordinator') && decision.municipalityId != null && decision.municipalityId === me?.municipalityId),
    /** The controller of a decision: the region's analysts, the municipality's coordinator for a municipal one. */
    controlDecision: (decision: { municipalityId?: number | null }) =>
      has('admin', 'regional-analyst') || (has('municipal-coordinator') && decision.municipalityId != null),
    /** The assignee reports: each school on a point of every school, else the assigned body's staff. */
    reportOnPoint: (decision: { municipalityId?: number | null }, everySchool: boolean) =>
      everySchool
        ? has('school-staff')
        : has('admin') ||
          (has('regional-analyst') && decision.municipalityId == null) ||
          (has('municipal-coordinator') && decision.municipalityId != null && decision.municipalityId === me?.municipalityId),
    /** Lists of ШНОР and ШНСУ: identification rules, drafts, decisions and approval are the region's analysts'. */
    manageLists: has('admin', 'regional-analyst'),
    /** The region's risk factors (project 500+): the analysts who set them up, and coordinators who weigh schools' profiles by them. */
    seeRiskFactors: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Add and change risk factors: the region's analysts. */
    manageRiskFactors: has('admin', 'regional-analyst'),
    /** Confirm or correct a school's risk profile: its staff, its coordinator, the region's analysts. */
    assessRisk: (schoolId: number | undefined) =>
      has('admin', 'regional-analyst', 'municipal-coordinator') || (has('school-staff') && schoolId != null && me?.schoolId === schoolId),
    /** Partnerships of schools: everyone who works with schools (not integrators: they get the registry and monitoring only). */
    seePartnerships: has('admin', 'regional-analyst', 'municipal-coordinator', 'school-staff'),
    /** Propose a partner for a weak school, and the centre's combined plan: the region's analysts, the coordinator. */
    proposePartnership: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /**
     * Move a partnership on: the centre (the weak school's coordinator, the region's analysts) any move; the staff
     * of either school the agreement (from proposed) and the interaction plan.
     */
    movePartnership: (
      p: { status?: string; municipalityId?: number; weakSchoolId?: number; partnerSchoolId?: number },
      to: string,
    ) =>
      has('admin', 'regional-analyst') ||
      (has('municipal-coordinator') && p.municipalityId != null && p.municipalityId === me?.municipalityId) ||
      (has('school-staff') &&
        me?.schoolId != null &&
        (me.schoolId === p.weakSchoolId || me.schoolId === p.partnerSchoolId) &&
        ((to === 'AGREED' && p.status === 'PROPOSED') || to === 'PLAN_SUBMITTED')),
    /** Targeted recommendations: those who give them and those who carry them out. */
    seeRecommendations: has('admin', 'regional-analyst', 'municipal-coordinator', 'school-staff'),
    /** Give one: the region's analysts (to schools, municipalities, bodies), a coordinator (to the municipality's schools and bodies). */
    issueRecommendation: has('admin', 'regional-analyst', 'municipal-coordinator'),
    /** Accept it and report on it: its addressee — the school's staff, the municipality's coordinator, the body's people. */
    answerRecommendation: (r: { addresseeKind?: string; schoolId?: number | null; municipalityId?: number | null }) => {
      if (has('admin')) return true
      if (r.addresseeKind === 'SCHOOL') return has('school-staff') && r.schoolId != null && r.schoolId === me?.schoolId
      if (r.addresseeKind === 'MUNICIPALITY') return has('municipal-coordinator') && r.municipalityId != null && r.municipalityId === me?.municipalityId
      if (r.addresseeKind === 'BODY')
        return r.municipalityId == null
          ? has('regional-analyst') && me?.municipalityId == null
          : has('municipal-coordinator') && r.municipalityId === me?.municipalityId
      return false
    },
  }
}
export type Permissions = ReturnType<typeof permissions>
