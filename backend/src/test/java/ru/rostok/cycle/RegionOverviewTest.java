package ru.rostok.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/**
 * The region's overview on a region built for the test: two closed campaigns of the same five schools whose means are
 * known, an open one where two of five have handed in, and no municipal roadmap anywhere.
 */
@QuarkusTest
class RegionOverviewTest {
    long region;

    long municipality(String name) {
        String oktmo = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        return Api.as("admin").body(Map.of("regionId", region, "oktmo", oktmo, "name", name, "kind", "MUNICIPAL_OKRUG"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Before: «4 и 5» 40, 42, 44, 46, 48 % (mean 44, t interval 40.1–47.9), success 50…90 %, «2» 10…14 %; after: 60…68 %
     * (60.1–67.9: better), success 52…92 % (72 ± 19.6 against 70 ± 19.6: not proven), «2» 20…24 % (worse: fewer is better).
     */
    @Test
    void whatChangedIsCalledOnlyWhenTheIntervalsSaySo_andTheMunicipalitiesBehindComeWithLinks() {
        String code = String.valueOf(ThreadLocalRandom.current().nextInt(100, 1000));
        region = Api.as("admin").body(Map.of("code", code, "name", "Обзорный субъект " + code)).post("/api/v1/regions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long first = municipality("Первый округ");
        long second = municipality("Второй округ");
        long ministry = Api.as("admin").body(Map.of("inn", Api.newInn(), "kind", "MINISTRY", "shortName", "Минобр",
                        "fullName", "Министерство образования", "regionId", region))
                .post("/api/v1/bodies").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> schools = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            schools.add(Api.as("admin").body(Api.newSchool(first)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        long q45 = indicator("VPR_Q45", "Доля отметок «4» и «5» по ВПР", "HIGHER_BETTER");
        long success = indicator("SUCC_RATE", "Успеваемость", "HIGHER_BETTER");
        long fails = indicator("VPR_F2", "Доля участников ВПР с отметкой «2»", "LOWER_BETTER");
        List<Long> indicators = List.of(q45, success, fails);

        long before = closedCampaign(ministry, schools, indicators, "2033-06-30", new int[] {40, 50, 10});
        long after = closedCampaign(ministry, schools, indicators, "2034-06-30", new int[] {60, 52, 20});
        Map<String, Object> open = Monitoring.campaignInput(region, null, ministry, schools, indicators, false);
        long openId = Monitoring.openCampaign(open);
        for (int s = 0; s < 2; s++) {
            Monitoring.saveAsAdmin(openId, schools.get(s), List.of(Monitoring.percent(q45, 50, 100)));
            Monitoring.submitAsAdmin(openId, schools.get(s));
        }

        JsonPath o = Api.as("admin").get("/api/v1/regions/" + region + "/overview").then().statusCode(200).extract().jsonPath();
        assertThat(o.getLong("latest.id")).isEqualTo(after);
        assertThat(o.getLong("previous.id")).isEqualTo(before);
        Map<String, Object> better = change(o, "VPR_Q45");
        assertThat(better).containsEntry("verdict", "BETTER").containsEntry("medianBefore", 44.0f).containsEntry("medianAfter", 64.0f);
        assertThat(o.getFloat("changes.find { it.code == 'VPR_Q45' }.meanBefore.estimate")).isEqualTo(44.0f);
        assertThat(o.getDouble("changes.find { it.code == 'VPR_Q45' }.meanBefore.low")).isCloseTo(40.1, within(0.05));
        assertThat(o.getDouble("changes.find { it.code == 'VPR_Q45' }.meanAfter.high")).isCloseTo(67.9, within(0.05));
        assertThat(o.getInt("changes.find { it.code == 'VPR_Q45' }.meanAfter.n")).isEqualTo(5);
        assertThat(change(o, "SUCC_RATE")).containsEntry("verdict", "NOT_PROVEN");
        assertThat(change(o, "VPR_F2")).containsEntry("verdict", "WORSE");

        assertThat(o.getList("submissions.municipalityId", Long.class)).containsExactly(first);
        assertThat(o.getInt("submissions[0].missing")).isEqualTo(3);
        assertThat(o.getInt("submissions[0].of")).isEqualTo(5);
        assertThat(o.getFloat("submissions[0].share")).isEqualTo(0.6f);
        assertThat(o.getString("submissions[0].link.kind")).isEqualTo("CAMPAIGN");
        assertThat(o.getLong("submissions[0].link.id")).isEqualTo(openId);
        assertThat(o.getList("reports")).isEmpty();
        assertThat(o.getList("plans.municipalityId", Long.class)).containsExactlyInAnyOrder(first, second);
        assertThat(o.getString("plans[0].link.kind")).isEqualTo("ROADMAPS");
    }

    @Test
    void theAnalystOfTheRegionSeesIt_aCoordinatorIsRefused_anotherRegionIsNotFound() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long kaliningrad = Api.regionId(Demo.KALININGRAD);
        Api.as("analyst.crimea").get("/api/v1/regions/" + crimea + "/overview").then().statusCode(200);
        Api.as("analyst.crimea").get("/api/v1/regions/" + kaliningrad + "/overview").then().statusCode(404);
        Api.as("coord.kerch").get("/api/v1/regions/" + crimea + "/overview").then().statusCode(403);
        Api.as("coord.kerch").get("/api/v1/regions/" + kaliningrad + "/overview").then().statusCode(404);
        Api.as("admin").get("/api/v1/regions/999999999/overview").then().statusCode(404);
    }

    long indicator(String code, String name, String direction) {
        return Api.as("admin").body(Map.of("regionId", region, "code", code, "name", name, "category", "RESULTS", "unit", "%",
                "valueType", "PERCENT", "direction", direction, "minSample", 10)).post("/api/v1/indicators").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> change(JsonPath o, String code) {
        return (Map<String, Object>) o.getList("changes", Map.class).stream().filter(c -> code.equals(c.get("code"))).findFirst().orElseThrow();
    }

    /** A closed campaign of the five schools: school s hands in base + 2·s (of 100) for «4 и 5», base + 10·s for success, base + s for «2». */
    long closedCampaign(long ministry, List<Long> schools, List<Long> indicators, String closesOn, int[] base) {
        Map<String, Object> input = Monitoring.campaignInput(region, null, ministry, schools, indicators, false);
        input.put("closesOn", closesOn);
        long id = Monitoring.openCampaign(input);
        for (int s = 0; s < schools.size(); s++) {
            Monitoring.saveAsAdmin(id, schools.get(s), List.of(Monitoring.percent(indicators.get(0), base[0] + 2 * s, 100),
                    Monitoring.percent(indicators.get(1), base[1] + 10 * s, 100), Monitoring.percent(indicators.get(2), base[2] + s, 100)));
            Monitoring.submitAsAdmin(id, schools.get(s));
        }
        Monitoring.move(id, "CLOSED");
        return id;
    }
}
