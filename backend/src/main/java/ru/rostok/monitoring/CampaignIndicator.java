package ru.rostok.monitoring;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An indicator asked by a campaign, in the form's order. */
@Embeddable
public class CampaignIndicator {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public int position;
    public boolean required;

    public CampaignIndicator() {
    }

    public CampaignIndicator(Indicator indicator, int position, boolean required) {
        this.indicator = indicator;
        this.position = position;
        this.required = required;
    }
}
