package ru.rostok.risk.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskProfile", description = "A school's risk profile computed from a campaign's handed-in values, with the school's word on each factor")
public record RiskProfileView(long schoolId, String schoolName, RiskCampaignRefView campaign, List<RiskCampaignRefView> campaigns, List<RiskFactorResultView> factors,
                      @Schema(description = "What the caller may do with the profile: assess (confirm or correct a factor)")
                      List<String> actions) {
}
