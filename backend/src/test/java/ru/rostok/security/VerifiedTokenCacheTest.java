package ru.rostok.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Tokens;

/**
 * A verified token is remembered, and the memory never lets through what a full check would refuse: a token changed
 * after its good original was remembered, or the remembered token itself once it has expired.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenIdentityProvider provider;

    @Test
    void theSameTokenWorksAgainAndIsRemembered() {
        String token = Tokens.of("coord.kerch");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                    .body("username", is("coord.kerch")).body("scope", is("MUNICIPALITY"));
        }
        assertThat(provider.remembers(token)).isTrue();
    }

    @Test
    void rememberedTokensOfTwoCallersStayApart() {
        String coordinator = Tokens.of("coord.kerch");
        String school = Tokens.of("school.kerch1");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(coordinator).get("/api/v1/me").then().statusCode(200)
                    .body("username", is("coord.kerch")).body("scope", is("MUNICIPALITY"));
            given().auth().oauth2(school).get("/api/v1/me").then().statusCode(200)
                    .body("username", is("school.kerch1")).body("scope", is("SCHOOL"));
        }
    }

    @Test
    void aTokenWithItsPayloadChangedAfterTheGoodOneWasRememberedIs401() {
        String token = Tokens.of("school.kerch1");
        given().auth().oauth2(token).get("/api/v1/schools").then().statusCode(200);
        assertThat(provider.remembers(token)).isTrue();

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"school-staff\"", "\"admin\"");
        assertThat(payload).contains("\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(provider.remembers(forged)).isFalse();
    }

    @Test
    void aTokenWithItsSignatureChangedAfterTheGoodOneWasRememberedIs401() {
        String token = Tokens.of("analyst.crimea");
        given().auth().oauth2(token).get("/api/v1/schools").then().statusCode(200);
        assertThat(provider.remembers(token)).isTrue();

        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 1;
        String forged = token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        given().auth().oauth2(forged).get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(provider.remembers(forged)).isFalse();
    }

    @Test
    void aRememberedTokenIs401OnceItHasExpired() throws InterruptedException {
        // rostok-tests-expiring issues tokens that live one second; one issued at the end of a second may be expired
        // before it arrives, so a few are tried until one is accepted and remembered
        String token = null;
        for (int attempt = 0; attempt < 5 && token == null; attempt++) {
            String issued = given().formParam("grant_type", "password").formParam("client_id", "rostok-tests-expiring")
                    .formParam("username", "analyst.crimea").formParam("password", Tokens.PASSWORD)
                    .post(Tokens.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
            if (given().auth().oauth2(issued).get("/api/v1/me").statusCode() == 200 && provider.remembers(issued)) {
                token = issued;
            }
        }
        assertThat(token).as("a one-second token accepted and remembered while fresh").isNotNull();

        Thread.sleep(2500);
        assertThat(provider.remembers(token)).isFalse();
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
