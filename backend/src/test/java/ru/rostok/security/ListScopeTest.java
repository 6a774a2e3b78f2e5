package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/**
 * No list and no export holds a record outside the caller's scope: with records of another region, of another
 * municipality of the same region and of another school of the same municipality in the database, every list a
 * caller may read names only their region, their municipality (or none, for the region's own records) and their school.
 */
@QuarkusTest
class ListScopeTest {
    static final List<String> LISTS = List.of("/api/v1/regions", "/api/v1/municipalities", "/api/v1/bodies", "/api/v1/schools",
            "/api/v1/indicators", "/api/v1/campaigns", "/api/v1/submissions", "/api/v1/roadmaps", "/api/v1/decisions", "/api/v1/my-work",
            "/api/v1/notifications", "/api/v1/partnerships", "/api/v1/recommendations", "/api/v1/identification-rules",
            "/api/v1/school-lists", "/api/v1/risk-factors", "/api/v1/audit", "/api/v1/control/dashboard");

    record Reach(long region, Long municipality, Set<Long> schools) {
    }

    static boolean recordsMade;

    /** Foreign records at every distance from Kerch's first school: another school, another municipality, another region. */
    static void makeRecordsAtEveryDistance() {
        if (recordsMade) {
            return;
        }
        long crimea = Api.regionId(Demo.CRIMEA);
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        long feodosiaAuthority = Api.as("admin").queryParam("municipalityId", feodosia).get("/api/v1/bodies").then().extract().jsonPath()
                .getLong("items[0].id");
        Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, feodosia, feodosiaAuthority));
        Plans.createDecision(Plans.municipalDecision(crimea, feodosia, feodosiaAuthority));
        List<Long> feodosiaSchools = Api.as("admin").queryParam("municipalityId", feodosia).get("/api/v1/schools").then().extract()
                .jsonPath().getList("items.id", Long.class);
        Api.as("admin").body(Map.of("weakSchoolId", feodosiaSchools.get(0), "partnerSchoolId", feodosiaSchools.get(1)))
                .post("/api/v1/partnerships").then().statusCode(201);
        for (long school : List.of(feodosiaSchools.get(0), Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN), Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN))) {
            Api.as("admin").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "OTHER", "basis", "Выезд куратора",
                    "text", "Провести педсовет по итогам ВПР", "deadline", "2027-01-15")).post("/api/v1/recommendations").then().statusCode(201);
        }
        recordsMade = true;
    }

    static Reach reachOf(String user) {
        Map<String, Object> me = Api.as(user).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getMap("");
        long region = Api.regionId(Demo.CRIMEA);
        Long municipality = me.get("municipalityId") == null ? null : ((Number) me.get("municipalityId")).longValue();
        Set<Long> schools = new HashSet<>();
        if (me.get("schoolId") != null) {
            schools.add(((Number) me.get("schoolId")).longValue());
        } else if (municipality != null) {
            schools.addAll(Api.as("admin").queryParam("municipalityId", municipality).queryParam("size", 500).get("/api/v1/schools").then()
                    .extract().jsonPath().getList("items.id", Long.class));
        }
        return new Reach(region, municipality, schools);
    }

    /** Every regionId, municipalityId and schoolId anywhere in the answer that lies outside the reach. */
    static void collectOutside(Object node, String path, Reach reach, List<String> outside) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String at = path + "." + key;
                if (value instanceof Number n) {
                    long id = n.longValue();
                    boolean out = switch (String.valueOf(key)) {
                        case "regionId" -> id != reach.region();
                        case "municipalityId" -> reach.municipality() != null && id != reach.municipality();
                        case "schoolId" -> !reach.schools().isEmpty() && !reach.schools().contains(id);
                        default -> false;
                    };
                    if (out) {
                        outside.add(at + " = " + id);
                    }
                } else {
                    collectOutside(value, at, reach, outside);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectOutside(list.get(i), path + "[" + i + "]", reach, outside);
            }
        }
    }

    static List<String> outsideOfLists(String user) {
        return outsideOfLists(user, reachOf(user));
    }

    static List<String> outsideOfLists(String user, Reach reach) {
        makeRecordsAtEveryDistance();
        List<String> outside = new ArrayList<>();
        int read = 0;
        for (String list : LISTS) {
            Response response = Api.as(user).queryParam("size", 500).get(list);
            if (response.statusCode() == 403) {
                continue;
            }
            assertThat(response.statusCode()).as(list + " as " + user).isEqualTo(200);
            read++;
            Object body = response.jsonPath().get("");
            if (!(body instanceof Map<?, ?> map && map.get("items") instanceof List<?> && map.get("page") instanceof Number
                    && map.get("total") instanceof Number)) {
                collectOutside(body, list, reach, outside); // not a page of records: the dashboard, my work
                continue;
            }
            // a paged list: its items, every page of them
            long total = ((Number) map.get("total")).longValue();
            int seen = 0;
            for (int page = 0; ; page++) {
                Response paged = page == 0 ? response : Api.as(user).queryParam("size", 500).queryParam("page", page).get(list);
                assertThat(paged.statusCode()).as(list + " page " + page + " as " + user).isEqualTo(200);
                List<Object> items = paged.jsonPath().getList("items");
                collectOutside(items, list + "?page=" + page, reach, outside);
                seen += items.size();
                if (items.isEmpty() || seen >= total) {
                    break;
                }
            }
            assertThat(seen).as(list + " read to its total as " + user).isEqualTo(total);
        }
        assertThat(read).as("lists " + user + " may read").isGreaterThan(5);
        return outside;
    }

    @Test
    void anAnalystsListsHoldOnlyTheirRegion() {
        assertThat(outsideOfLists("analyst.crimea")).isEmpty();
    }

    @Test
    void aCoordinatorsListsHoldOnlyTheirMunicipalityAndTheRegionsOwnRecords() {
        assertThat(outsideOfLists("coord.kerch")).isEmpty();
        // the check has something to catch: the coordinator's lists name other schools than the first one
        assertThat(outsideOfLists("coord.kerch", reachOf("school.kerch1"))).isNotEmpty();
    }

    @Test
    void aSchoolsListsHoldOnlyTheSchoolAndTheRecordsAboveIt() {
        assertThat(outsideOfLists("school.kerch1")).isEmpty();
    }

    @Test
    void exportsHoldOnlyTheCallersSchools() throws Exception {
        makeRecordsAtEveryDistance();
        long campaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        Set<String> kerchInns = new HashSet<>(Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/schools").then().extract().jsonPath()
                .getList("items.inn", String.class));
        for (String user : List.of("coord.kerch", "school.kerch1")) {
            Set<String> allowed = user.startsWith("school") ? Set.of(Demo.KERCH_SCHOOL_1_INN) : kerchInns;
            String values = Api.as(user).queryParam("format", "csv").get("/api/v1/campaigns/" + campaign + "/values/export").then()
                    .statusCode(200).extract().asString();
            assertThat(values.lines().skip(1).map(l -> l.split(",")[0]).toList()).as("values of " + user).allSatisfy(inn -> assertThat(allowed).contains(inn));
            String schools = Api.as(user).queryParam("format", "csv").get("/api/v1/schools/export").then().statusCode(200).extract().asString();
            assertThat(schools.lines().skip(1).toList()).as("schools of " + user).isNotEmpty()
                    .allSatisfy(line -> assertThat(allowed.stream().anyMatch(line::contains)).as(line).isTrue());
        }
        byte[] plan = Api.as("coord.kerch").get("/api/v1/partnerships/plan").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(plan)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            assertThat(rows.skip(1).map(r -> r.getCellText(0)).filter(m -> !m.isBlank() && !m.startsWith("Выгружено")).toList())
                    .allSatisfy(m -> assertThat(m).isEqualTo("Городской округ Керчь"));
        }
    }
}
