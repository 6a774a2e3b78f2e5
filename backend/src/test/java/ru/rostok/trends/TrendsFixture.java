package ru.rostok.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import ru.rostok.support.Api;
import ru.rostok.support.Monitoring;

/**
 * Three published campaigns of Мурманская область whose answers are known by hand: five schools of Оленегорск (the demo
 * school №1 and four new ones) and three of a new municipality, on a new percent indicator (minimum sample 10). Analysed with one indicator enough for a position.
 * Оленегорск in 2023/2024: 20, 30, 40, 50 of 100 and one value of 5 of 8 (below the minimum sample); 2024/2025: 60, 70,
 * 80, 90, 85; 2025/2026: 62, 72, 78, 88, 84. The other municipality: 70, 80, 90 every year. Each campaign is analysed.
 */
final class TrendsFixture {
    static final String MURMANSK = "51";
    static final String OLENEGORSK = "47712000";
    static final String OLENEGORSK_SCHOOL_1_INN = "5171797265";
    static final String[] YEARS = {"2023/2024", "2024/2025", "2025/2026"};
    static final int[][] OLENEGORSK_VALUES = {{20, 30, 40, 50, 5}, {60, 70, 80, 90, 85}, {62, 72, 78, 88, 84}};
    static final int[] OTHER_VALUES = {70, 80, 90};

    static long region;
    static long olenegorsk;
    static long other;
    static long indicator;
    static long body;
    static final List<Long> olenegorskSchools = new ArrayList<>();
    static final List<Long> otherSchools = new ArrayList<>();
    static final List<Long> campaigns = new ArrayList<>();
    static final List<Long> runs = new ArrayList<>();

    private TrendsFixture() {
    }

    static synchronized void build() {
        if (!campaigns.isEmpty()) {
            return;
        }
        region = Api.regionId(MURMANSK);
        olenegorsk = Api.municipalityId(OLENEGORSK);
        other = Api.as("admin").body(Map.of("regionId", region, "oktmo", "47" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                        "name", "Тестовый округ " + ThreadLocalRandom.current().nextInt(1000), "kind", "URBAN_DISTRICT"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().jsonPath().getLong("id");
        olenegorskSchools.add(Api.schoolId(OLENEGORSK_SCHOOL_1_INN));
        for (int i = 0; i < 4; i++) {
            olenegorskSchools.add(newSchool(olenegorsk));
        }
        for (int i = 0; i < 3; i++) {
            otherSchools.add(newSchool(other));
        }
        indicator = Api.as("admin").body(Monitoring.newIndicator(region)).post("/api/v1/indicators").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        body = Api.as("admin").queryParam("regionId", region).queryParam("size", 1).get("/api/v1/bodies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        List<Long> all = new ArrayList<>(olenegorskSchools);
        all.addAll(otherSchools);
        for (int y = 0; y < YEARS.length; y++) {
            int start = 2023 + y;
            Map<String, Object> input = Monitoring.campaignInput(region, null, body, all, List.of(indicator), false);
            input.put("academicYear", YEARS[y]);
            input.put("orderDate", start + "-09-01");
            input.put("opensOn", start + "-09-01");
            input.put("closesOn", start + "-10-31");
            long id = Monitoring.openCampaign(input);
            for (int i = 0; i < all.size(); i++) {
                int numerator = i < 5 ? OLENEGORSK_VALUES[y][i] : OTHER_VALUES[i - 5];
                int denominator = y == 0 && i == 4 ? 8 : 100;
                Monitoring.saveAsAdmin(id, all.get(i), List.of(Monitoring.percent(indicator, numerator, denominator)));
                Monitoring.submitAsAdmin(id, all.get(i));
            }
            Monitoring.move(id, "CLOSED");
            Monitoring.move(id, "PUBLISHED");
            campaigns.add(id);
            runs.add(Api.as("admin").body(Map.of("minIndicators", 1)).post("/api/v1/campaigns/" + id + "/analyses").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
    }

    static long newSchool(long municipality) {
        return Api.as("admin").body(Api.newSchool(municipality)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Wilson's 95 % interval of k of n, in percent, by the textbook formula. */
    static double[] wilson(int k, int n) {
        double z = 1.959964;
        double p = (double) k / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return new double[] {100 * (centre - half), 100 * (centre + half)};
    }
}
