package ru.rostok.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Tokens;

/** Every API answer, good or bad, tells the browser not to sniff it, frame it, run it or leak the address. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void aJsonAnswerCarriesTheSecurityHeaders() {
        hasSecurityHeaders(given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me").then().statusCode(200).extract().response());
    }

    @Test
    void problemAnswersCarryThemToo() {
        hasSecurityHeaders(given().get("/api/v1/schools").then().statusCode(401).extract().response());
        hasSecurityHeaders(given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/schools/999999999")
                .then().statusCode(404).extract().response());
    }

    @Test
    void aFileDownloadCarriesThemToo() {
        hasSecurityHeaders(given().auth().oauth2(Tokens.of("analyst.crimea")).get("/api/v1/schools/export?format=csv")
                .then().statusCode(200).extract().response());
    }

    private static void hasSecurityHeaders(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
