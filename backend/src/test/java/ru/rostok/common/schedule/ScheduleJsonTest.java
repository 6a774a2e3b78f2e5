package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A schedule goes to jsonb and to the API as its record components, and comes back equal. */
class ScheduleJsonTest {
    // configured as Quarkus configures its ObjectMapper: java.time as ISO strings
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRecurringScheduleIsWrittenAsItsParts() throws Exception {
        Schedule may = ScheduleParser.parse("Май, ежегодно", SeedDeadlinesTest.OLENEGORSK_ROADMAP);

        assertThat(JSON.readTree(JSON.writeValueAsString(may))).isEqualTo(JSON.readTree("""
                {"text": "Май, ежегодно", "kind": "RECURRING", "periods": [],
                 "recurrence": {"frequency": "YEARLY", "first": {"start": "2021-05-01", "end": "2021-05-31"},
                                "until": "2023-12-31"},
                 "flags": ["YEAR_FROM_PLAN_PERIOD"]}
                """));
    }

    @Test
    void aPeriodIsWrittenAsItsParts() throws Exception {
        Schedule period = ScheduleParser.parse("Срок: ноябрь - декабрь", SeedDeadlinesTest.KERCH_DECISION);

        assertThat(JSON.readTree(JSON.writeValueAsString(period))).isEqualTo(JSON.readTree("""
                {"text": "Срок: ноябрь - декабрь", "kind": "PERIOD",
                 "periods": [{"start": "2020-11-01", "end": "2020-12-31"}], "recurrence": null,
                 "flags": ["YEAR_FROM_DOCUMENT_DATE"]}
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Май, ежегодно", "Октябрь 2020 г. Октябрь 2021 г.", "До 1 марта 2023 года", "весь период",
        "по итогам учебного года", "по мере необходимости"})
    void comesBackEqual(String text) throws Exception {
        Schedule schedule = ScheduleParser.parse(text, SeedDeadlinesTest.SLAVSK_ROADMAP);

        assertThat(JSON.readValue(JSON.writeValueAsString(schedule), Schedule.class)).isEqualTo(schedule);
    }
}
