/**
 * The server's rule (DeficitRule, documented in AssessmentInput): a topic whose deficit is not given is a deficit when
 * its score is below half of its maximum. The form shows what the rule will say while the user types; the server decides.
 */
export function deficitByRule(score: number | null | undefined, maxScore: number | null | undefined): boolean | undefined {
  if (score == null || maxScore == null || Number.isNaN(score) || Number.isNaN(maxScore) || maxScore <= 0) return undefined
  return score < maxScore * 0.5
}
