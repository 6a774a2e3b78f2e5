package ru.rostok.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Requests as a given user, and lookups of the demo registry by its public codes. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asIntegrator() {
        return given().auth().oauth2(Tokens.integrator()).contentType(ContentType.JSON);
    }

    public static long regionId(String code) {
        return as("admin").get("/api/v1/regions?size=500").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    public static long municipalityId(String oktmo) {
        return as("admin").get("/api/v1/municipalities?size=500").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.oktmo == '" + oktmo + "' }.id");
    }

    public static long bodyId(String inn) {
        return as("admin").get("/api/v1/bodies?size=500").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.inn == '" + inn + "' }.id");
    }

    public static long schoolId(String inn) {
        return as("admin").queryParam("q", inn).get("/api/v1/schools").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    /** How many schools the registry has in the municipality now: tests before may have added some to the demo's. */
    public static int schoolCount(long municipalityId) {
        return as("admin").queryParam("municipalityId", municipalityId).queryParam("size", 1).get("/api/v1/schools").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    public static Map<String, Object> school(long id) {
        return as("admin").get("/api/v1/schools/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** A region code no region has yet: the codes are only 2–3 digits, so a random one alone soon collides. */
    public static String newRegionCode() {
        java.util.Set<String> taken = new java.util.HashSet<>(as("admin").get("/api/v1/regions?size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String code;
        do {
            code = String.valueOf(random.nextInt(100, 1000));
        } while (taken.contains(code));
        return code;
    }

    /** A fresh, valid INN of a legal entity, for records a test creates. */
    public static String newInn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder("77");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (inn.length() < 9) {
            inn.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return inn.append(sum % 11 % 10).toString();
    }

    /** The input of a new school in the given municipality. */
    public static Map<String, Object> newSchool(long municipalityId) {
        String inn = newInn();
        return new java.util.HashMap<>(Map.of(
                "inn", inn,
                "shortName", "МБОУ «Тестовая СОШ " + inn.substring(6) + "»",
                "fullName", "Муниципальное бюджетное общеобразовательное учреждение «Тестовая средняя школа " + inn.substring(6) + "»",
                "type", "SECONDARY",
                "settlement", "RURAL",
                "address", "с. Тестовое, ул. Школьная, 1",
                "principal", "Тестова Ирина Ёжиковна",
                "pupils", 120,
                "teachers", 14,
                "municipalityId", municipalityId));
    }

    /** The school's current profile as an update body (same values, current version). */
    public static Map<String, Object> asInput(Map<String, Object> view) {
        Map<String, Object> input = new java.util.HashMap<>();
        for (String field : new String[] {"inn", "shortName", "fullName", "type", "settlement", "address", "principal",
                "pupils", "teachers", "municipalityId", "version"}) {
            input.put(field, view.get(field));
        }
        return input;
    }
}
