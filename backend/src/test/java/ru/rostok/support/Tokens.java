package ru.rostok.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the real Keycloak: the demo users' password grant, the integrator's client credentials. */
public final class Tokens {
    public static final String PASSWORD = "rostok";
    // a token lives 15 minutes and a full run is longer: one is reused only while it has a minute left
    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, long expiresAtMillis) {
        boolean fresh() {
            return System.currentTimeMillis() < expiresAtMillis - 60_000;
        }
    }

    private Tokens() {
    }

    public static String tokenEndpoint() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return realm + "/protocol/openid-connect/token";
    }

    /** An access token of a demo user, issued to the test client (audience rostok-api). */
    public static String of(String username) {
        return cached(username, () -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "rostok-tests")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().response());
    }

    /** The integrator's service-account token (client credentials). */
    public static String integrator() {
        return cached("#integrator", () -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "rostok-integrator")
                .formParam("client_secret", "rostok-integrator-secret")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().response());
    }

    private static String cached(String key, java.util.function.Supplier<io.restassured.response.Response> issue) {
        return CACHE.compute(key, (k, old) -> {
            if (old != null && old.fresh()) {
                return old;
            }
            long sent = System.currentTimeMillis();
            io.restassured.response.Response answer = issue.get();
            return new Issued(answer.path("access_token"), sent + answer.<Integer>path("expires_in") * 1000L);
        }).token();
    }

    /** A token from Keycloak's own admin-cli client: valid signature, but not meant for this API. */
    public static String wrongAudience(String username) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
