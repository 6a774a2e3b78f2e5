package ru.rostok.risk.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskCampaignRef")
public record RiskCampaignRefView(long id, String name, String academicYear) {
}
