package ru.rostok.monitoring.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A campaign's form as of one version of the campaign: the indicators it asks, in order, with what the value rules need.
 * Immutable, so one read serves every save of that version (see {@link CampaignForms}).
 */
public record CampaignForm(long campaignId, long version, List<Item> items, Map<Long, Item> byIndicatorId) {

    /** One indicator of the form. */
    public record Item(long indicatorId, String code, ValueRules.Kind kind, boolean required) {
    }

    public CampaignForm(long campaignId, long version, List<Item> items) {
        this(campaignId, version, List.copyOf(items),
                Map.copyOf(items.stream().collect(Collectors.toMap(Item::indicatorId, Function.identity()))));
    }

    public Item item(long indicatorId) {
        return byIndicatorId.get(indicatorId);
    }

    /** The indicator's code, or its id as text when the form does not ask it. */
    public String codeOf(long indicatorId) {
        Item item = byIndicatorId.get(indicatorId);
        return item == null ? String.valueOf(indicatorId) : item.code();
    }
}
