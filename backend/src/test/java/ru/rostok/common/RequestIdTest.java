package ru.rostok.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Tokens;

/** Every answer carries a request id, and the access log writes it beside the user, the request and its outcome. */
@QuarkusTest
class RequestIdTest {
    /** Where the test profile writes the access log (application.properties, %test.quarkus.http.access-log.*). */
    static final Path ACCESS_LOG = Path.of("target/access.log");

    @Test
    void anIdSentByTheCallerIsEchoed() {
        String id = "trace-" + UUID.randomUUID();
        String answered = given().header("X-Request-Id", id).auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(answered).isEqualTo(id);
    }

    @Test
    void withoutOneTheBackendMakesANewIdForEachRequest() {
        String first = given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me").then().statusCode(200).extract().header("X-Request-Id");
        String second = given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
    }

    @Test
    void anIdThatWouldBreakALogLineIsReplaced() {
        String answered = given().header("X-Request-Id", "a b \"c\"").get("/api/v1/schools")
                .then().statusCode(401).extract().header("X-Request-Id");
        assertThat(UUID.fromString(answered)).isNotNull();
    }

    @Test
    void problemAnswersAndQuarkusOwnEndpointsCarryOneToo() {
        assertThat(given().get("/api/v1/schools").then().statusCode(401).extract().header("X-Request-Id")).isNotBlank();
        assertThat(given().auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/schools/999999999")
                .then().statusCode(404).extract().header("X-Request-Id")).isNotBlank();
        assertThat(given().get("/q/health/ready").then().statusCode(200).extract().header("X-Request-Id")).isNotBlank();
    }

    @Test
    void theAccessLogHasTheIdTheUserTheRequestTheStatusAndTheDuration() throws Exception {
        String mine = "log-" + UUID.randomUUID();
        String anonymous = "log-" + UUID.randomUUID();
        given().header("X-Request-Id", mine).auth().oauth2(Tokens.of("coord.kerch")).get("/api/v1/me?x=1").then().statusCode(200);
        given().header("X-Request-Id", anonymous).get("/api/v1/schools").then().statusCode(401);

        assertThat(lineOf(mine)).matches(mine + " coord\\.kerch GET /api/v1/me 200 \\d+ms");
        assertThat(lineOf(anonymous)).matches(anonymous + " - GET /api/v1/schools 401 \\d+ms");
    }

    /** The access log is written in the background: wait a little for the line. */
    private static String lineOf(String id) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Files.exists(ACCESS_LOG)) {
                List<String> lines = Files.readAllLines(ACCESS_LOG, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (line.startsWith(id + " ")) return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line for " + id + " in " + ACCESS_LOG.toAbsolutePath());
    }
}
