package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

/**
 * A school's report and its evidence files are seen by that school, its municipality and whoever keeps or controls
 * the item, and by nobody else: not the other schools of the region, not another municipality's coordinator, not an
 * integrator.
 */
@QuarkusTest
class ReportPrivacyTest {
    static String measureReports;
    static long measureEvidence;
    static String pointReports;
    static long pointEvidence;

    /** Once per class; not in a static @BeforeAll, where REST Assured does not yet know the test port. */
    @BeforeEach
    void kerchSchoolReportsOnRegionalItemsOfEverySchool() {
        if (measureReports != null) {
            return;
        }
        long crimea = Api.regionId(Demo.CRIMEA);
        long ministry = Api.bodyId("9134604040");
        Map<String, Object> roadmap = new HashMap<>(Plans.municipalRoadmap(crimea, Api.municipalityId(Demo.KERCH), ministry));
        roadmap.put("level", "REGION");
        roadmap.remove("municipalityId");
        roadmap.put("measures", List.of(Map.of("number", "1", "text", "Разработать школьные программы перехода в эффективный режим",
                "deadlineText", "весь период", "responsible", List.of(Map.of("label", "Общеобразовательные организации", "allSchools", true)))));
        long roadmapId = Plans.approvedRoadmap(roadmap);
        measureReports = "/api/v1/roadmaps/" + roadmapId + "/measures/" + Plans.firstMeasure(roadmapId) + "/reports";
        measureEvidence = Plans.report(Plans.multipartAs("school.kerch1"), measureReports, "Программа СОШ №1 утверждена", "DONE")
                .then().statusCode(201).extract().jsonPath().getLong("files[0].id");

        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(crimea, null, ministry));
        pointReports = "/api/v1/decisions/" + decision.get("id") + "/points/" + Plans.pointId(decision, "2") + "/reports";
        pointEvidence = Plans.report(Plans.multipartAs("school.kerch1"), pointReports, "Контроль усилен, приказ по школе", null)
                .then().statusCode(201).extract().jsonPath().getLong("files[0].id");
    }

    static List<String> reportTexts(String user, String path) {
        return Api.as(user).get(path).then().statusCode(200).extract().jsonPath().getList("text", String.class);
    }

    @Test
    void otherSchoolsAndOtherMunicipalitiesDoNotSeeASchoolsReportOnAMeasureOfEverySchool() {
        assertThat(reportTexts("school.kerch1", measureReports)).containsExactly("Программа СОШ №1 утверждена");
        assertThat(reportTexts("coord.kerch", measureReports)).containsExactly("Программа СОШ №1 утверждена");
        assertThat(reportTexts("analyst.crimea", measureReports)).containsExactly("Программа СОШ №1 утверждена");
        assertThat(reportTexts("school.kerch2", measureReports)).isEmpty();
        assertThat(reportTexts("school.feodosia1", measureReports)).isEmpty();
        assertThat(reportTexts("coord.feodosia", measureReports)).isEmpty();
    }

    @Test
    void anotherSchoolDoesNotSeeThatASchoolReportedOnTheRegionsPlan() {
        String roadmap = measureReports.substring(0, measureReports.indexOf("/measures/"));
        assertThat(Api.as("school.kerch1").get(roadmap).then().statusCode(200).extract().jsonPath().getInt("measures[0].reportCount")).isEqualTo(1);
        assertThat(Api.as("analyst.crimea").get(roadmap).then().statusCode(200).extract().jsonPath().getInt("measures[0].reportCount")).isEqualTo(1);
        assertThat(Api.as("school.kerch2").get(roadmap).then().statusCode(200).extract().jsonPath().getInt("measures[0].reportCount")).isZero();
        assertThat(Api.as("coord.feodosia").get(roadmap).then().statusCode(200).extract().jsonPath().getInt("measures[0].reportCount")).isZero();
    }

    @Test
    void otherSchoolsAndOtherMunicipalitiesCannotDownloadASchoolsEvidence() {
        for (long file : List.of(measureEvidence, pointEvidence)) {
            for (String user : List.of("school.kerch1", "coord.kerch", "analyst.crimea")) {
                Api.as(user).get("/api/v1/evidence/" + file).then().statusCode(200);
            }
            for (String user : List.of("school.kerch2", "school.feodosia1", "coord.feodosia")) {
                Api.as(user).get("/api/v1/evidence/" + file).then().statusCode(404);
            }
        }
    }

    @Test
    void anotherMunicipalitysCoordinatorDoesNotSeeASchoolsReportOnARegionalPoint() {
        assertThat(reportTexts("school.kerch1", pointReports)).containsExactly("Контроль усилен, приказ по школе");
        assertThat(reportTexts("coord.kerch", pointReports)).containsExactly("Контроль усилен, приказ по школе");
        assertThat(reportTexts("school.kerch2", pointReports)).isEmpty();
        assertThat(reportTexts("coord.feodosia", pointReports)).isEmpty();
    }

    @Test
    void anIntegratorReadsNeitherReportsNorEvidence() {
        Api.asIntegrator().get(measureReports).then().statusCode(403);
        Api.asIntegrator().get(pointReports).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/evidence/" + measureEvidence).then().statusCode(403);
    }
}
