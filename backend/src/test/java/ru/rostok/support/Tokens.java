package ru.rostok.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the real Keycloak: the demo users' password grant, the integrator's client credentials. */
public final class Tokens {
    public static final String PASSWORD = "rostok";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String tokenEndpoint() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return realm + "/protocol/openid-connect/token";
    }

    /** An access token of a demo user, issued to the test client (audience rostok-api). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "rostok-tests")
                .formParam("username", u)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** The integrator's service-account token (client credentials). */
    public static String integrator() {
        return CACHE.computeIfAbsent("#integrator", u -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "rostok-integrator")
                .formParam("client_secret", "rostok-integrator-secret")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token"));
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
