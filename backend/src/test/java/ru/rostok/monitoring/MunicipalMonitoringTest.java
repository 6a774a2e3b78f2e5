package ru.rostok.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.monitoring.service.MunicipalMonitoring;
import ru.rostok.monitoring.service.MunicipalMonitoringStatus;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/**
 * Monitoring of municipalities (seed 001 п. 4.2.3): the region's analyst asks every municipality, its coordinator fills and
 * hands in the municipality's data, the analyst returns and accepts it; nobody else sees or touches it.
 */
@QuarkusTest
class MunicipalMonitoringTest {
    long kaliningrad, slavsk, chernyakhovsk, ministry, visits, partners, list;
    long campaign;
    String path;

    @Inject
    MunicipalMonitoring municipal;

    @BeforeEach
    void openKaliningradMonitoringOfMunicipalities() {
        kaliningrad = Api.regionId(Demo.KALININGRAD);
        slavsk = Api.municipalityId(Demo.SLAVSK);
        chernyakhovsk = Api.municipalityId(Demo.CHERNYAKHOVSK);
        ministry = Api.bodyId(Demo.KALININGRAD_MINISTRY_INN);
        visits = Monitoring.indicatorId(kaliningrad, "MUN_VISITS");
        partners = Monitoring.indicatorId(kaliningrad, "MUN_PARTNERS");
        list = Monitoring.indicatorId(kaliningrad, "MUN_LIST");
        Map<String, Object> input = Monitoring.municipalCampaignInput(kaliningrad, ministry, List.of(list, partners, visits));
        input.put("indicators", List.of(Map.of("indicatorId", list, "required", true), Map.of("indicatorId", partners, "required", true),
                Map.of("indicatorId", visits, "required", false)));
        // the latest of the region's campaigns of municipalities, whatever other tests have opened
        input.put("opensOn", "2029-09-01");
        input.put("closesOn", "2099-06-30");
        Map<String, Object> draft = Api.as("analyst.kaliningrad").body(input).post("/api/v1/campaigns").then().statusCode(201)
                .body("respondent", equalTo("MUNICIPALITY")).body("schoolIds.size()", equalTo(0)).extract().jsonPath().getMap("");
        campaign = ((Number) draft.get("id")).longValue();
        Api.as("analyst.kaliningrad").body(Map.of("to", "OPEN", "version", draft.get("version")))
                .post("/api/v1/campaigns/" + campaign + "/transitions").then().statusCode(200);
        path = Monitoring.municipalPath(campaign, slavsk);
    }

    static Map<String, Object> value(long indicator, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put("indicatorId", indicator);
        v.put("value", value);
        return v;
    }

    Map<String, Object> save(String user, long version, List<Map<String, Object>> values, int status) {
        return Api.as(user).body(Map.of("version", version, "values", values)).put(path).then().statusCode(status)
                .extract().jsonPath().getMap("");
    }

    @Test
    void theCoordinatorHandsIn_theAnalystReturnsWithAComment_theCoordinatorCorrects_andTheAnalystAccepts() {
        Api.as("coord.slavsk").get(path).then().statusCode(200).body("status", equalTo("NOT_STARTED"))
                .body("municipalityName", equalTo("Славский муниципальный округ")).body("editable", equalTo(true));
        long version = ((Number) save("coord.slavsk", 0, List.of(value(list, 1), Monitoring.percent(partners, 1, 4)), 200)
                .get("version")).longValue();
        Api.as("coord.slavsk").body(Map.of("version", version)).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("editable", equalTo(false));

        Api.as("analyst.kaliningrad").get("/api/v1/campaigns/" + campaign + "/municipalities").then().statusCode(200)
                .body("total.municipalities", equalTo(2)).body("total.submitted", equalTo(1)).body("total.notStarted", equalTo(1))
                .body("municipalities.find { it.municipalityId == " + slavsk + " }.status", equalTo("SUBMITTED"));
        // the coordinator's own municipality only
        Api.as("coord.slavsk").get("/api/v1/campaigns/" + campaign + "/municipalities").then().statusCode(200)
                .body("municipalities.municipalityId", equalTo(List.of((int) slavsk)));

        long submitted = Monitoring.municipalVersion(campaign, slavsk);
        Api.as("coord.slavsk").body(Map.of("action", "ACCEPT", "version", submitted)).post(path + "/review").then().statusCode(403);
        Api.as("analyst.kaliningrad").body(Map.of("action", "RETURN", "version", submitted)).post(path + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        Api.as("analyst.kaliningrad").body(Map.of("action", "RETURN", "version", submitted, "comment", "Уточните закрепление партнёров",
                        "valueComments", Map.of("MUN_PARTNERS", "По приказу партнёры закреплены за двумя ШНОР из четырёх")))
                .post(path + "/review").then().statusCode(200).body("status", equalTo("RETURNED"));

        Api.as("coord.slavsk").get(path).then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewComment", equalTo("Уточните закрепление партнёров")).body("editable", equalTo(true))
                .body("values.find { it.code == 'MUN_PARTNERS' }.reviewComment", equalTo("По приказу партнёры закреплены за двумя ШНОР из четырёх"));
        long corrected = ((Number) save("coord.slavsk", Monitoring.municipalVersion(campaign, slavsk),
                List.of(Monitoring.percent(partners, 2, 4), value(visits, 9)), 200).get("version")).longValue();
        Api.as("coord.slavsk").body(Map.of("version", corrected)).post(path + "/submit").then().statusCode(200);
        Api.as("analyst.kaliningrad").body(Map.of("action", "ACCEPT", "version", Monitoring.municipalVersion(campaign, slavsk)))
                .post(path + "/review").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("reviewedBy", equalTo("analyst.kaliningrad")).body("reviews.action", equalTo(List.of("SUBMIT", "RETURN", "SUBMIT", "ACCEPT")))
                .body("values.find { it.code == 'MUN_PARTNERS' }.value", equalTo(50.0f));

        // what the completeness of the management cycle reads: one row a municipality, the latest campaign of municipalities
        List<MunicipalMonitoringStatus> statuses = municipal.statusByMunicipality(kaliningrad);
        assertThat(statuses).extracting(MunicipalMonitoringStatus::municipalityId).containsExactlyInAnyOrder(slavsk, chernyakhovsk);
        assertThat(statuses).allSatisfy(s -> assertThat(s.campaignId()).isEqualTo(campaign));
        assertThat(statuses).filteredOn(s -> s.municipalityId() == slavsk).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.ACCEPTED));
        assertThat(statuses).filteredOn(s -> s.municipalityId() == chernyakhovsk).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.NOT_STARTED));
    }

    @Test
    void anotherMunicipalitysCoordinatorAndOtherRegionsGetNotFound_schoolsAndIntegratorsAreRefused() {
        Monitoring.saveMunicipalAsAdmin(campaign, chernyakhovsk, List.of(value(list, 0)));
        Api.as("coord.slavsk").get(Monitoring.municipalPath(campaign, chernyakhovsk)).then().statusCode(404);
        Api.as("coord.slavsk").body(Map.of("version", 1, "values", List.of(value(list, 1))))
                .put(Monitoring.municipalPath(campaign, chernyakhovsk)).then().statusCode(404);
        Api.as("coord.kerch").get(path).then().statusCode(404);
        Api.as("analyst.crimea").get(path).then().statusCode(404);
        // a municipality of another region in this campaign
        Api.as("admin").get(Monitoring.municipalPath(campaign, Api.municipalityId(Demo.KERCH))).then().statusCode(404);
        Api.as("school.slavsk1").get(path).then().statusCode(403);
        Api.asIntegrator().get(path).then().statusCode(403);
        // the analyst reviews, but does not fill in for the municipality
        Api.as("analyst.kaliningrad").body(Map.of("version", 0, "values", List.of(value(list, 1)))).put(path).then().statusCode(403);

        // a school sees no campaign of municipalities
        Api.as("school.slavsk1").get("/api/v1/campaigns/" + campaign).then().statusCode(404);
        Api.as("school.slavsk1").queryParam("size", 200).get("/api/v1/campaigns").then().statusCode(200)
                .body("items.id", not(hasItem((int) campaign)));
        Api.as("coord.slavsk").queryParam("respondent", "MUNICIPALITY").queryParam("size", 200).get("/api/v1/campaigns").then()
                .statusCode(200).body("items.id", hasItem((int) campaign)).body("items.respondent", not(hasItem("SCHOOL")));
        Api.as("admin").body(Map.of("version", 0, "values", List.of(value(list, 1))))
                .put(Monitoring.submissionPath(campaign, Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN))).then().statusCode(404);
    }

    @Test
    void aSchoolIndicatorCannotBeAskedOfMunicipalitiesNorTheOtherWayRound() {
        long vpr = Monitoring.indicatorId(kaliningrad, "VPR_F2");
        Map<String, Object> input = Monitoring.municipalCampaignInput(kaliningrad, ministry, List.of(list, vpr));
        String name = (String) input.get("name");
        Api.as("analyst.kaliningrad").body(input).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("indicators[1]"))
                .body("errors[0].message", equalTo("Показатель VPR_F2 спрашивают у школ: в мониторинг муниципалитетов его не включить"));
        Api.as("admin").queryParam("q", name).get("/api/v1/campaigns").then().body("total", equalTo(0));

        Map<String, Object> schools = Monitoring.campaignInput(kaliningrad, slavsk, Api.bodyId(Demo.SLAVSK_AUTHORITY_INN), null,
                List.of(vpr, visits), true);
        Api.as("coord.slavsk").body(schools).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("indicators[1]"));
        Api.as("admin").queryParam("q", schools.get("name")).get("/api/v1/campaigns").then().body("total", equalTo(0));

        // a municipality does not monitor itself: a campaign of municipalities is the region's
        Map<String, Object> own = Monitoring.municipalCampaignInput(kaliningrad, ministry, List.of(list));
        own.put("municipalityId", slavsk);
        Api.as("analyst.kaliningrad").body(own).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("municipalityId"));

        // the catalogue says whom each indicator is asked of, and filters by it
        Api.as("analyst.kaliningrad").queryParam("regionId", kaliningrad).queryParam("respondent", "MUNICIPALITY").queryParam("size", 100)
                .get("/api/v1/indicators").then().statusCode(200)
                .body("items.code", hasItem("MUN_PARTNERS")).body("items.code", not(hasItem("VPR_F2")))
                .body("items.respondent", not(hasItem("SCHOOL")));
        Api.as("analyst.kaliningrad").get("/api/v1/indicators/" + vpr).then().body("respondent", equalTo("SCHOOL"));
    }

    @Test
    void theSchoolsAnalysisListsAndValuesNeverSeeAMunicipalitysValues() {
        Monitoring.saveMunicipalAsAdmin(campaign, slavsk, List.of(value(list, 1), Monitoring.percent(partners, 3, 4)));
        Monitoring.submitMunicipalAsAdmin(campaign, slavsk);
        Api.as("analyst.kaliningrad").body(Map.of()).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(409)
                .body("detail", equalTo("Анализ считается по школам: мониторинг муниципалитетов не анализируется"));
        Api.as("analyst.kaliningrad").get("/api/v1/campaigns/" + campaign + "/values").then().statusCode(403);
        Api.as("analyst.kaliningrad").queryParam("campaignId", campaign).get("/api/v1/submissions").then().statusCode(200)
                .body("total", equalTo(0));
        Api.as("analyst.kaliningrad").get("/api/v1/campaigns/" + campaign + "/progress").then().statusCode(200)
                .body("total.schools", equalTo(0));
        long rule = Api.as("analyst.kaliningrad").body(Map.of("regionId", kaliningrad, "kind", "LOW_RESULTS", "name", "Доля «2» по ВПР",
                        "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 0)), "minMatches", 1))
                .post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as("analyst.kaliningrad").body(Map.of("regionId", kaliningrad, "year", 2090, "ruleId", rule, "campaignIds", List.of(campaign)))
                .post("/api/v1/school-lists").then().statusCode(400).body("errors[0].field", equalTo("campaignIds"));
        // a campaign of schools has no municipalities' progress
        long schools = Monitoring.openCampaign(Monitoring.campaignInput(kaliningrad, slavsk, Api.bodyId(Demo.SLAVSK_AUTHORITY_INN), null,
                List.of(Monitoring.indicatorId(kaliningrad, "VPR_F2")), true));
        Api.as("analyst.kaliningrad").get("/api/v1/campaigns/" + schools + "/municipalities").then().statusCode(409);
    }

    @Test
    void theDemoHasMonitoringOfMunicipalitiesInCrimeaAndKrasnoyarsk() {
        List<MunicipalMonitoringStatus> krasnoyarsk = municipal.statusByMunicipality(Api.regionId(Demo.KRASNOYARSK));
        assertThat(krasnoyarsk).singleElement().satisfies(s -> {
            assertThat(s.municipalityId()).isEqualTo(Api.municipalityId(Demo.LESOSIBIRSK));
            assertThat(s.status()).isEqualTo(SubmissionStatus.ACCEPTED);
            assertThat(s.asked()).isTrue();
        });
        long crimean = Api.as("analyst.crimea").queryParam("respondent", "MUNICIPALITY").queryParam("status", "OPEN")
                .queryParam("q", "на муниципальном уровне").get("/api/v1/campaigns").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Api.as("analyst.crimea").get("/api/v1/campaigns/" + crimean + "/municipalities").then().statusCode(200)
                .body("municipalities.find { it.municipalityId == " + Api.municipalityId(Demo.FEODOSIA) + " }.status", equalTo("SUBMITTED"))
                .body("municipalities.find { it.municipalityId == " + Api.municipalityId(Demo.KERCH) + " }.status", equalTo("DRAFT"));
        Api.as("analyst.crimea").get("/api/v1/campaigns/" + crimean).then().body("indicators.size()", equalTo(6));
        // the region's integrator loads and reads schools' values only
        Api.asIntegrator().get("/api/v1/campaigns/" + crimean + "/values").then().statusCode(403);
        Api.asIntegrator().get("/api/v1/campaigns/" + crimean + "/template").then().statusCode(403);
    }
}
