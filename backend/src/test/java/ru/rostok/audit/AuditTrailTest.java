package ru.rostok.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/** Every write is an event, even one that changes no field of the record it is about; and events are never changed. */
@QuarkusTest
class AuditTrailTest {
    @Inject
    AgroalDataSource db;

    static List<Map<String, Object>> events(String user, String entityType) {
        return Api.as(user).queryParam("entityType", entityType).queryParam("size", 500).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void aSchoolsReportOnAMeasureOfEverySchoolAndItsEvidenceAreAnEvent() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = new HashMap<>(Plans.municipalRoadmap(crimea, Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        long roadmap = Plans.approvedRoadmap(input);
        String path = "/api/v1/roadmaps/" + roadmap + "/measures/" + Plans.firstMeasure(roadmap) + "/reports";
        long report = Plans.report(Plans.multipartAs("school.kerch1"), path, "Собеседование проведено", "DONE").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(events("analyst.crimea", "MeasureReport")).filteredOn(e -> ((Number) e.get("entityId")).longValue() == report)
                .singleElement().satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("CREATE");
                    assertThat(e.get("actor")).isEqualTo("school.kerch1");
                    assertThat(String.valueOf(e.get("changes"))).contains("Собеседование проведено").contains("protocol.pdf");
                });
    }

    @Test
    void aReviewOfAPointsReportIsAnEvent() {
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        String path = "/api/v1/decisions/" + decision.get("id") + "/points/" + Plans.pointId(decision, "2") + "/reports";
        long report = Plans.report(Plans.multipartAs("school.kerch1"), path, "Контроль усилен", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("coord.kerch").body(Map.of("decision", "ACCEPTED")).post(path + "/" + report + "/review").then().statusCode(200);
        assertThat(events("analyst.crimea", "ExecutionReport")).filteredOn(e -> ((Number) e.get("entityId")).longValue() == report)
                .extracting(e -> e.get("action") + " " + e.get("actor"))
                .containsExactlyInAnyOrder("CREATE school.kerch1", "UPDATE coord.kerch");
    }

    @Test
    void anAnalysisRunIsAnEvent() {
        long run = Api.as("analyst.crimea").body(Map.of()).post("/api/v1/campaigns/" + Monitoring.campaignId(Demo.CRIMEA_MONITORING) + "/analyses")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(events("analyst.crimea", "AnalysisRun")).filteredOn(e -> ((Number) e.get("entityId")).longValue() == run)
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo("analyst.crimea"));
    }

    @Test
    void theApplicationCannotChangeOrDeleteAnEvent() throws Exception {
        long school = Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN);
        Map<String, Object> input = Api.asInput(Api.school(school));
        input.put("address", "298300, г. Керчь, ул. Ленина, " + System.nanoTime() % 100);
        Api.as("admin").body(input).put("/api/v1/schools/" + school).then().statusCode(200);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            var before = s.executeQuery("select count(*) from audit_event");
            before.next();
            assertThat(before.getLong(1)).isPositive();
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("audit_event");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event")).hasMessageContaining("audit_event");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_event")).hasMessageContaining("audit_event");
            var left = s.executeQuery("select count(*) from audit_event where actor = 'someone else'");
            left.next();
            assertThat(left.getLong(1)).isZero();
        }
    }
}
