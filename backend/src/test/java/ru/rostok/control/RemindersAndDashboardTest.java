package ru.rostok.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.reminder.service.ReminderService;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

@QuarkusTest
class RemindersAndDashboardTest {
    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    @Test
    void theDailyRemindersAreIdempotentAndReachOnlyTheirRecipients() {
        mailbox.clear();
        reminders.run(LocalDate.now());
        int second = reminders.run(LocalDate.now());
        assertThat(second).as("a second run the same day adds nothing").isZero();
        Api.as("coord.kerch").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.kind", everyItem(org.hamcrest.Matchers.oneOf("OVERDUE", "DUE_SOON")))
                .body("items.text", hasItem(org.hamcrest.Matchers.containsString("пункт 2.2")));
        Api.as("school.kerch1").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.text", hasItem(org.hamcrest.Matchers.containsString("пункт 4.1")));
        Api.as("coord.slavsk").queryParam("size", 200).get("/api/v1/notifications").then().statusCode(200)
                .body("items.text", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.containsString("№ 5/3"))));
        long id = Api.as("coord.kerch").queryParam("unread", true).get("/api/v1/notifications").then().extract().jsonPath().getLong("items[0].id");
        Api.as("coord.kerch").post("/api/v1/notifications/" + id + "/read").then().statusCode(200).body("readAt", org.hamcrest.Matchers.notNullValue());
        Api.as("coord.kerch").queryParam("unread", true).queryParam("size", 500).get("/api/v1/notifications").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
    }

    @Test
    void aPointDueThisWeekIsRemindedOnceAndMailedOnceToTheConfiguredMailbox() {
        reminders.run(LocalDate.now());
        mailbox.clear();
        LocalDate due = LocalDate.now().plusDays(3);
        java.util.Map<String, Object> input = ru.rostok.support.Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        input.put("date", LocalDate.now().minusDays(10).toString());
        input.put("points", List.of(java.util.Map.of("number", "1", "text", "Представить справку о ходе подготовки к ВПР",
                "deadlineText", "до " + due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "assignees", List.of(java.util.Map.of("label", "Управлению образования", "bodyId", Api.bodyId(Demo.KERCH_AUTHORITY_INN),
                        "allSchools", false)))));
        ru.rostok.support.Plans.createDecision(input);

        assertThat(reminders.run(LocalDate.now())).isEqualTo(1);
        var mails = mailbox.getMailsSentTo("control@example.test");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("Представить справку о ходе подготовки к ВПР");
        assertThat(reminders.run(LocalDate.now())).isZero();
        assertThat(mailbox.getMailsSentTo("control@example.test")).hasSize(1);
        Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/notifications").then()
                .body("items.findAll { it.text.contains('Представить справку') }.kind", equalTo(List.of("DUE_SOON")))
                .body("items.find { it.text.contains('Представить справку') }.itemType", equalTo("POINT"))
                .body("items.find { it.text.contains('Представить справку') }.planId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theDashboardCountsOverdueItemsByBodyAndTerritoryAndExportsThem() throws IOException {
        var dashboard = Api.as("analyst.crimea").get("/api/v1/control/dashboard").then().statusCode(200)
                .body("total.overdue", greaterThan(0))
                .body("byTerritory.name", hasItem("Городской округ Керчь"))
                .body("byBody.name", hasItem("УО г. Керчи"))
                .extract().jsonPath();
        assertThat(dashboard.getLong("total.open")).isGreaterThanOrEqualTo(dashboard.getLong("total.overdue"));
        long kerch = Api.municipalityId(Demo.KERCH);
        Api.as("analyst.crimea").queryParam("municipalityId", kerch).get("/api/v1/control/dashboard").then().statusCode(200)
                .body("byTerritory.name", everyItem(equalTo("Городской округ Керчь")));
        Api.as("coord.slavsk").get("/api/v1/control/dashboard").then().statusCode(200)
                .body("byTerritory.name", org.hamcrest.Matchers.not(hasItem("Городской округ Керчь")));
        Api.as("school.kerch1").get("/api/v1/control/dashboard").then().statusCode(403);

        byte[] xlsx = Api.as("analyst.crimea").queryParam("municipalityId", kerch).get("/api/v1/control/export").then().statusCode(200)
                .extract().asByteArray();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> s = wb.getFirstSheet().openStream()) {
            rows = s.toList();
        }
        assertThat(rows.get(0).getCellText(1)).isEqualTo("Пункт");
        assertThat(rows.stream().skip(1).map(r -> r.getCellText(1)).toList()).contains("2.2", "4.1");
    }
}
