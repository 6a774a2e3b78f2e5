package ru.rostok.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.rostok.reminder.service.ReminderService;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

/** Several backend instances on one database: the daily reminders are made and mailed once, whoever runs them. */
@QuarkusTest
class RemindersOnSeveralInstancesTest {
    private static final String MAILBOX = "control@example.test";

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoInstancesRunningTheRemindersAtOnceMakeAndMailEachReminderOnce() throws Exception {
        reminders.run(LocalDate.now()); // what was due before this test
        mailbox.clear();
        String text = "Сверить списки обучающихся группы риска " + System.nanoTime();
        decisionWithPointDueIn(3, text);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        Callable<Integer> instance = () -> {
            start.await();
            return runInItsOwnContext();
        };
        Future<Integer> first = instances.submit(instance);
        Future<Integer> second = instances.submit(instance);
        start.countDown();
        int created = first.get(2, TimeUnit.MINUTES) + second.get(2, TimeUnit.MINUTES);
        instances.shutdown();

        assertThat(created).as("new reminders counted by both runs together").isEqualTo(1);
        assertThat(count("select count(*) from notification where text like ?", "%" + text + "%")).isEqualTo(1);
        assertThat(count("""
                select count(*) from (select 1 from notification
                  group by kind, item_type, item_id, occurrence_due, body_id, school_id having count(*) > 1) twice""", null))
                .as("reminders stored twice").isZero();
        assertThat(mailbox.getMailsSentTo(MAILBOX)).as("digests mailed").hasSize(1);
        assertThat(mailbox.getMailsSentTo(MAILBOX).get(0).getText()).contains(text);
    }

    @Test
    void aRunWhileAnotherInstanceHoldsTheJobSkipsAndTheNextRunMakesTheReminders() throws Exception {
        reminders.run(LocalDate.now());
        mailbox.clear();
        String text = "Провести педагогический совет по итогам ВПР " + System.nanoTime();
        decisionWithPointDueIn(5, text);

        try (Connection other = dataSource.getConnection()) {
            // the other instance's job: the same advisory lock, held by another database session
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, ReminderService.LOCK_KEY);
                lock.execute();
            }
            assertThat(runInItsOwnContext()).as("new reminders while the other instance runs the job").isZero();
            assertThat(mailbox.getMailsSentTo(MAILBOX)).isEmpty();
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, ReminderService.LOCK_KEY);
                unlock.execute();
            }
        }
        assertThat(runInItsOwnContext()).isEqualTo(1);
        assertThat(count("select count(*) from notification where text like ?", "%" + text + "%")).isEqualTo(1);
        assertThat(mailbox.getMailsSentTo(MAILBOX)).hasSize(1);
    }

    /** As the scheduler calls it: on a thread of its own, in a request context of its own. */
    private int runInItsOwnContext() {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            return reminders.run(LocalDate.now());
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    private static void decisionWithPointDueIn(int days, String text) {
        Map<String, Object> input = Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        input.put("date", LocalDate.now().minusDays(10).toString());
        input.put("points", List.of(Map.of("number", "1", "text", text,
                "deadlineText", "до " + LocalDate.now().plusDays(days).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "assignees", List.of(Map.of("label", "Управлению образования", "bodyId", Api.bodyId(Demo.KERCH_AUTHORITY_INN),
                        "allSchools", false)))));
        Plans.createDecision(input);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
