package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.ValueType;

/**
 * The forms of campaigns, read with one projection query and kept per campaign and version, so that a save of a
 * submission loads no campaign form entities and Hibernate has nothing of the form to check at the flush.
 *
 * <p>Kept only past draft: only a draft campaign's indicators may change (CampaignService.update), and an indicator a
 * campaign past draft asks keeps its meaning (IndicatorService refuses, or makes a new revision). Every change of a
 * campaign bumps its version, and a form is used only for the version the caller has just read from the database, so
 * another backend instance changing the campaign never leaves a stale form here.
 */
@ApplicationScoped
public class CampaignForms {
    private static final int MAX_KEPT = 5_000;

    private final Map<Long, CampaignForm> kept = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    /** The form of the campaign as read (its id and version). */
    public CampaignForm of(Campaign campaign) {
        CampaignForm form = kept.get(campaign.id);
        if (form != null && form.version() == campaign.version) {
            return form;
        }
        return read(campaign.id);
    }

    private CampaignForm read(long campaignId) {
        // the version and status come with the rows, in one statement: the form is exactly that version's
        List<Object[]> rows = em.createQuery("select c.version, c.status, i.id, i.code, i.valueType, i.minValue, i.maxValue, ci.required "
                        + "from Campaign c left join c.indicators ci left join ci.indicator i where c.id = :id order by ci.position",
                Object[].class).setParameter("id", campaignId).getResultList();
        if (rows.isEmpty()) {
            return new CampaignForm(campaignId, -1, List.of());
        }
        List<CampaignForm.Item> items = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[2] != null) {
                items.add(new CampaignForm.Item((Long) r[2], (String) r[3],
                        new ValueRules.Kind((ValueType) r[4], (BigDecimal) r[5], (BigDecimal) r[6]), (Boolean) r[7]));
            }
        }
        CampaignForm form = new CampaignForm(campaignId, (Long) rows.get(0)[0], items);
        if (rows.get(0)[1] != CampaignStatus.DRAFT) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.merge(campaignId, form, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        return form;
    }
}
