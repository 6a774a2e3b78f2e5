package ru.rostok.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Tokens;

/** Real tokens from the real Keycloak: good ones are accepted, everything else is 401 problem+json. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void meDescribesTheCallerAndTheirScope() {
        given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me").then().statusCode(200)
                .body("username", is("coord.kerch"))
                .body("roles", hasItems("municipal-coordinator"))
                .body("scope", is("MUNICIPALITY"))
                .body("regionName", is("Республика Крым"))
                .body("municipalityName", is("Городской округ Керчь"))
                .body("organizationKind", is("EDUCATION_AUTHORITY"));
        given().auth().oauth2(Tokens.of("school.kerch1")).get("/api/v1/me").then().statusCode(200)
                .body("scope", is("SCHOOL")).body("organizationName", is("МБОУ СОШ №1"));
    }

    @Test
    void noTokenIs401() {
        given().get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aGarbageTokenIs401() {
        given().auth().oauth2("not-a-token").get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTamperedTokenIs401() {
        String[] parts = Tokens.of("school.kerch1").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"school-staff\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/schools").then().statusCode(401);
    }

    @Test
    void aTokenIssuedForAnotherAudienceIs401() {
        given().auth().oauth2(Tokens.wrongAudience("analyst.crimea")).get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        // the test-only client rostok-tests-expiring issues tokens that live one second
        String token = given().formParam("grant_type", "password").formParam("client_id", "rostok-tests-expiring")
                .formParam("username", "analyst.crimea").formParam("password", Tokens.PASSWORD)
                .post(Tokens.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
        Thread.sleep(3000);
        given().auth().oauth2(token).get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
