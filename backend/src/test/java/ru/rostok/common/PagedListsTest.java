package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/**
 * The lists of support work (partnerships, recommendations, identification rules, school lists, risk factors) come a
 * page at a time, as every other list: {items, page, size, total}, sorted by whitelisted fields, filtered by the server.
 */
@QuarkusTest
class PagedListsTest {
    static final String PARTNERSHIPS = "/api/v1/partnerships";
    static final String RECOMMENDATIONS = "/api/v1/recommendations";
    static final String RULES = "/api/v1/identification-rules";
    static final String SCHOOL_LISTS = "/api/v1/school-lists";
    static final String RISK_FACTORS = "/api/v1/risk-factors";
    static final List<String> PAGED = List.of(PARTNERSHIPS, RECOMMENDATIONS, RULES, SCHOOL_LISTS, RISK_FACTORS);
    static final String OLENEGORSK = "47712000";

    /** A new school of Olenegorsk, which no other test uses for partnerships or recommendations. */
    static long newSchool() {
        return Api.as("admin").body(Api.newSchool(Api.municipalityId(OLENEGORSK))).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long recommend(long school, String deadline) {
        return Api.as("admin").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "OTHER", "basis", "Выезд куратора",
                "text", "Провести педсовет по итогам ВПР", "deadline", deadline)).post(RECOMMENDATIONS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath page(String user, String list, Map<String, Object> query) {
        return Api.as(user).queryParams(query).get(list).then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }

    /** Every id of the list read a page of the given size at a time, checking the page, size and total of each page. */
    static List<Long> pageByPage(String user, String list, Map<String, Object> filter, int size) {
        List<Long> all = new ArrayList<>();
        long total = -1;
        for (int p = 0; ; p++) {
            Map<String, Object> query = new java.util.HashMap<>(filter);
            query.put("page", p);
            query.put("size", size);
            JsonPath page = page(user, list, query);
            assertThat(page.getInt("page")).isEqualTo(p);
            assertThat(page.getInt("size")).isEqualTo(size);
            if (total < 0) {
                total = page.getLong("total");
            }
            assertThat(page.getLong("total")).as("the total of " + list + " on page " + p).isEqualTo(total);
            List<Long> ids = ids(page);
            assertThat(ids.size()).isLessThanOrEqualTo(size);
            all.addAll(ids);
            if (ids.size() < size) {
                break;
            }
        }
        assertThat(all).as(list + " read page by page").hasSize((int) total).doesNotHaveDuplicates();
        return all;
    }

    @Test
    void aSchoolsRecommendationsComeInPagesByDeadline_sortedAsAsked_andOnlyTheOverdueWhenAsked() {
        long school = newSchool();
        long march = recommend(school, "2027-03-01");
        long january = recommend(school, "2027-01-01");
        long february = recommend(school, "2027-02-01");
        long past = recommend(school, "2020-01-01");

        Map<String, Object> bySchool = Map.of("schoolId", school);
        JsonPath first = page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "size", 3));
        assertThat(first.getLong("total")).isEqualTo(4);
        assertThat(ids(first)).containsExactly(past, january, february);
        JsonPath second = page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "size", 3, "page", 1));
        assertThat(second.getLong("total")).isEqualTo(4);
        assertThat(ids(second)).containsExactly(march);
        assertThat(pageByPage("admin", RECOMMENDATIONS, bySchool, 1)).containsExactly(past, january, february, march);

        assertThat(ids(page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "sort", "-deadline")))).containsExactly(march, february, january, past);
        JsonPath overdue = page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "overdue", true));
        assertThat(ids(overdue)).containsExactly(past);
        assertThat(overdue.getLong("total")).isEqualTo(1);
        // accepted, it is still overdue; reported on, it no longer is
        move(past, Map.of("to", "ACCEPTED"));
        assertThat(ids(page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "overdue", true)))).containsExactly(past);
        move(past, Map.of("to", "DONE", "report", "Педсовет проведён"));
        assertThat(page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "overdue", true)).getLong("total")).isZero();
        assertThat(page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "overdue", false)).getLong("total")).isEqualTo(4);
        assertThat(ids(page("admin", RECOMMENDATIONS, Map.of("schoolId", school, "status", "DONE")))).containsExactly(past);
    }

    static void move(long recommendation, Map<String, Object> transition) {
        long version = Api.as("admin").get(RECOMMENDATIONS + "/" + recommendation).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> body = new java.util.HashMap<>(transition);
        body.put("version", version);
        Api.as("admin").body(body).post(RECOMMENDATIONS + "/" + recommendation + "/transitions").then().statusCode(200);
    }

    @Test
    void aSchoolsPartnershipsComeInPages_theLatestChangedFirst_eachWithItsHistory() {
        long school = newSchool();
        List<Long> others = Api.as("admin").queryParam("municipalityId", Api.municipalityId(OLENEGORSK)).queryParam("size", 10)
                .queryParam("sort", "shortName").get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class)
                .stream().filter(id -> id != school).toList();
        List<Long> created = new ArrayList<>();
        for (long partner : others.subList(0, 3)) {
            created.add(Api.as("admin").body(Map.of("weakSchoolId", school, "partnerSchoolId", partner)).post(PARTNERSHIPS).then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        JsonPath first = page("admin", PARTNERSHIPS, Map.of("schoolId", school, "size", 2));
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(ids(first)).containsExactly(created.get(2), created.get(1));
        assertThat(ids(page("admin", PARTNERSHIPS, Map.of("schoolId", school, "size", 2, "page", 1)))).containsExactly(created.get(0));
        assertThat(first.getList("items.collect { it.history.size() }", Integer.class)).containsOnly(1);

        // the first one moves on: it is now the latest changed, with two steps of history
        long moved = created.get(0);
        long version = Api.as("admin").get(PARTNERSHIPS + "/" + moved).then().extract().jsonPath().getLong("version");
        Api.as("admin").body(Map.of("to", "AGREED", "version", version, "agreementNumber", "17", "agreementDate", "2024-10-01"))
                .post(PARTNERSHIPS + "/" + moved + "/transitions").then().statusCode(200);
        JsonPath after = page("admin", PARTNERSHIPS, Map.of("schoolId", school));
        assertThat(ids(after)).containsExactly(moved, created.get(2), created.get(1));
        assertThat(after.getList("items.collect { it.history.size() }", Integer.class)).containsExactly(2, 1, 1);
        assertThat(ids(page("admin", PARTNERSHIPS, Map.of("schoolId", school, "status", "AGREED")))).containsExactly(moved);
        assertThat(ids(page("admin", PARTNERSHIPS, Map.of("schoolId", school, "sort", "partnerSchoolName"))))
                .containsExactly(created.get(0), created.get(1), created.get(2));
        // asked for by the partner school, it is found too
        assertThat(ids(page("admin", PARTNERSHIPS, Map.of("schoolId", others.get(0), "size", 500)))).contains(moved);
    }

    @Test
    void draftListsOfAYearComeInPages_newestFirst_withTheirCounts_andFilteredByStatus() {
        long current = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long previous = Monitoring.campaignId("Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год");
        long krasnoyarsk = ((Number) Monitoring.campaign(current).get("regionId")).longValue();
        long rule = page("analyst.krasnoyarsk", RULES, Map.of("kind", "LOW_RESULTS")).getLong("items[0].id");
        int year = 2071;
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(Api.as("analyst.krasnoyarsk").body(Map.of("regionId", krasnoyarsk, "year", year, "ruleId", rule,
                    "campaignIds", List.of(current, previous))).post(SCHOOL_LISTS).then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        Map<String, Object> ofTheYear = Map.of("regionId", krasnoyarsk, "year", year);
        assertThat(pageByPage("analyst.krasnoyarsk", SCHOOL_LISTS, ofTheYear, 2)).containsExactly(created.get(2), created.get(1), created.get(0));

        Map<String, Object> detail = Api.as("analyst.krasnoyarsk").get(SCHOOL_LISTS + "/" + created.get(0)).then().statusCode(200).extract()
                .jsonPath().getMap("");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) detail.get("entries");
        assertThat(entries).isNotEmpty();
        JsonPath summaries = page("analyst.krasnoyarsk", SCHOOL_LISTS, ofTheYear);
        assertThat(summaries.getList("items.proposed", Long.class)).containsOnly((long) entries.size());
        assertThat(summaries.getList("items.included", Long.class)).containsOnly(entries.stream().filter(e -> Boolean.TRUE.equals(e.get("included"))).count());

        assertThat(page("analyst.krasnoyarsk", SCHOOL_LISTS, Map.of("year", year, "status", "DRAFT")).getLong("total")).isEqualTo(3);
        assertThat(page("analyst.krasnoyarsk", SCHOOL_LISTS, Map.of("year", year, "status", "APPROVED")).getLong("total")).isZero();
        // a school sees approved lists only: a draft is not among them even when asked for
        assertThat(page("school.lesosibirsk1", SCHOOL_LISTS, Map.of("year", year, "status", "DRAFT")).getLong("total")).isZero();
        assertThat(ids(page("analyst.krasnoyarsk", SCHOOL_LISTS, Map.of("year", year, "sort", "updatedAt")))).hasSize(3);
    }

    @Test
    void aRegionsRulesAndRiskFactorsPageThroughTheSameRecordsAsOneLargePage_inTheirOrder() {
        long crimea = Api.regionId(Demo.CRIMEA);
        List<Long> factors = ids(page("analyst.crimea", RISK_FACTORS, Map.of("regionId", crimea, "size", 500)));
        assertThat(factors).hasSizeGreaterThanOrEqualTo(10);
        assertThat(pageByPage("analyst.crimea", RISK_FACTORS, Map.of("regionId", crimea), 3)).isEqualTo(factors);
        List<Integer> positions = page("analyst.crimea", RISK_FACTORS, Map.of("regionId", crimea, "size", 500)).getList("items.position", Integer.class);
        assertThat(positions).isSorted();
        List<Integer> descending = page("analyst.crimea", RISK_FACTORS, Map.of("regionId", crimea, "size", 500, "sort", "-position"))
                .getList("items.position", Integer.class);
        assertThat(descending.get(0)).isEqualTo(positions.get(positions.size() - 1));

        List<Long> rules = ids(page("analyst.krasnoyarsk", RULES, Map.of("size", 500)));
        assertThat(rules).hasSizeGreaterThanOrEqualTo(2).isSorted();
        assertThat(pageByPage("analyst.krasnoyarsk", RULES, Map.of(), 1)).isEqualTo(rules);
        assertThat(page("analyst.krasnoyarsk", RULES, Map.of("kind", "UNFAVOURABLE_CONDITIONS", "size", 500)).getList("items.kind", String.class))
                .isNotEmpty().containsOnly("UNFAVOURABLE_CONDITIONS");
        assertThat(page("analyst.krasnoyarsk", RULES, Map.of("sort", "name", "size", 500)).getList("items.name", String.class)).hasSize(rules.size());
    }

    @Test
    void everyListRefusesAnUnknownSortFieldAndAPageSizeOutOfBounds_namingTheParameter() {
        for (String list : PAGED) {
            Api.as("admin").queryParam("sort", "password").get(list).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("sort")).body("errors[0].message", containsString("password"));
            for (int size : List.of(0, PageQuery.MAX_SIZE + 1)) {
                Api.as("admin").queryParam("size", size).get(list).then().statusCode(400).contentType("application/problem+json")
                        .body("errors.field", hasItem("size"));
            }
            Api.as("admin").queryParam("page", -1).get(list).then().statusCode(400).body("errors.field", hasItem("page"));
            Api.as("admin").queryParam("size", PageQuery.MAX_SIZE).get(list).then().statusCode(200).body("size", equalTo(PageQuery.MAX_SIZE));
            Api.as("admin").get(list).then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(50));
        }
    }
}
