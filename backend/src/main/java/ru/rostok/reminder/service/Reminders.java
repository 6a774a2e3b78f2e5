package ru.rostok.reminder.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.rostok.control.service.ControlItems;
import ru.rostok.reminder.Notification;

/**
 * The daily reminders: for every open measure and point due within a week, or overdue, one notification per
 * recipient (the responsible body, or each school for an item of every school) and per occurrence. Running it
 * again the same day, or twice, adds nothing: the database keeps one row per item, occurrence, kind and recipient.
 * When SMTP is configured (rostok.reminders.mail-to set), the new ones also go out as one e-mail digest.
 */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    public static final int DUE_SOON_DAYS = 7;

    @Inject
    ControlItems control;

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @ConfigProperty(name = "rostok.reminders.mail-to")
    Optional<List<String>> mailTo;

    @Scheduled(cron = "{rostok.reminders.cron}", identity = "daily-reminders", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int created = run(LocalDate.now());
        LOG.infof("Reminders: %d new", created);
    }

    /** The key of the PostgreSQL advisory lock that lets one instance at a time run the reminders. */
    public static final long LOCK_KEY = 0x526f73746f6b01L; // "Rostok" + job 1

    /**
     * Creates the notifications due today; answers how many are new. With several instances of the backend on one
     * database only one runs the job at a time: the others find the transaction-scoped advisory lock taken and skip
     * (what the first one made is then already there: the unique index keeps one row per item, occurrence, kind and
     * recipient, so a later run adds nothing and mails nothing).
     */
    @Transactional
    public int run(LocalDate today) {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!mine) {
            LOG.info("Reminders: another instance is running them; skipped");
            return 0;
        }
        List<Notification> fresh = new ArrayList<>();
        for (ControlItems.Item item : control.openEverywhere()) {
            if (item.due() == null) {
                continue;
            }
            String kind = item.overdue() ? "OVERDUE" : !item.due().isAfter(today.plusDays(DUE_SOON_DAYS)) && !item.due().isBefore(today) ? "DUE_SOON" : null;
            if (kind == null) {
                continue;
            }
            String text = (kind.equals("OVERDUE") ? "Просрочено: " : "Срок " + DATE.format(item.due()) + ": ")
                    + (item.type().equals("MEASURE") ? "мероприятие " : "пункт ") + item.number() + " — " + shorten(item.text())
                    + " (" + item.planTitle() + ")";
            for (ControlItems.Responsible r : item.responsible()) {
                if (r.allSchools()) {
                    for (Long school : schoolsOf(item)) {
                        insert(kind, item, null, school, text).ifPresent(fresh::add);
                    }
                } else if (r.bodyId() != null) {
                    insert(kind, item, r.bodyId(), null, text).ifPresent(fresh::add);
                }
            }
        }
        if (!fresh.isEmpty() && mailTo.isPresent() && !mailTo.get().isEmpty()) {
            mail(fresh);
        }
        return fresh.size();
    }

    private Optional<Notification> insert(String kind, ControlItems.Item item, Long body, Long school, String text) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        insert into notification (kind, item_type, item_id, occurrence_due, body_id, school_id, region_id, municipality_id, text)
                        values (:kind, :type, :item, :due, :body, :school, :region, :municipality, :text)
                        on conflict do nothing returning id""")
                .setParameter("kind", kind).setParameter("type", item.type()).setParameter("item", item.itemId())
                .setParameter("due", item.due()).setParameter("body", body).setParameter("school", school)
                .setParameter("region", item.regionId()).setParameter("municipality", item.municipalityId()).setParameter("text", text)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(Notification.findById(ids.get(0).longValue()));
    }

    private List<Long> schoolsOf(ControlItems.Item item) {
        String where = item.municipalityId() != null ? "s.municipality_id = :t" : "m.region_id = :t";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select s.id from school s join municipality m on m.id = s.municipality_id where " + where)
                .setParameter("t", item.municipalityId() != null ? item.municipalityId() : item.regionId()).getResultList();
        if (item.assignment() != null) {
            List<Long> done = control.schoolsDone(item.itemId());
            ids.removeIf(id -> done.contains(id.longValue()));
        }
        return ids.stream().map(Number::longValue).toList();
    }

    private void mail(List<Notification> fresh) {
        StringBuilder body = new StringBuilder("Новые напоминания Ростка (" + fresh.size() + "):\n\n");
        fresh.stream().map(n -> n.text).distinct().forEach(t -> body.append("• ").append(t).append('\n'));
        mailer.send(Mail.withText(String.join(",", mailTo.get()), "Росток: сроки мероприятий и поручений", body.toString()));
        OffsetDateTime now = OffsetDateTime.now();
        fresh.forEach(n -> n.emailedAt = now);
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }
}
