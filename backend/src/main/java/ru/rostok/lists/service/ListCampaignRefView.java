package ru.rostok.lists.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListCampaignRef")
public record ListCampaignRefView(long id, String name, String academicYear) {
}
