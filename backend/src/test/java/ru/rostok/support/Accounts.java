package ru.rostok.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's admin API straight, as Rostok's own client (rostok-accounts): to look at what Rostok did to the realm, to
 * set a password as the person would, and to delete the accounts a test made so that the realm does not fill up.
 */
public final class Accounts {
    /** Unique per run: every e-mail a test makes carries it. */
    public static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Accounts() {
    }

    public static String newEmail(String tag) {
        return tag + "-" + RUN + "-" + COUNTER.incrementAndGet() + "@example.test";
    }

    static String server() {
        return ConfigProvider.getConfig().getValue("quarkus.keycloak.admin-client.server-url", String.class);
    }

    static String users() {
        return server() + "/admin/realms/rostok/users";
    }

    public static String token() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "rostok-accounts")
                .formParam("client_secret", "rostok-accounts-secret")
                .post(server() + "/realms/rostok/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /** Accounts whose username, e-mail or name contains the text (Keycloak's search is by prefix without the stars). */
    public static List<Map<String, Object>> search(String text) {
        return given().auth().oauth2(token()).queryParam("search", "*" + text + "*").queryParam("max", 10_000).queryParam("briefRepresentation", false)
                .get(users()).then().statusCode(200).extract().jsonPath().getList("");
    }

    public static Map<String, Object> user(String id) {
        return given().auth().oauth2(token()).get(users() + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** How many of these e-mails have an account. */
    public static long countWithEmails(Collection<String> emails) {
        return search(RUN).stream().filter(u -> emails.contains(u.get("email"))).count();
    }

    public static void setPassword(String id, String password) {
        given().auth().oauth2(token()).contentType(ContentType.JSON)
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put(users() + "/" + id + "/reset-password").then().statusCode(204);
    }

    public static void delete(String id) {
        given().auth().oauth2(token()).delete(users() + "/" + id);
    }

    /** Deletes every account this run made (their e-mails carry {@link #RUN}). */
    public static void deleteThisRun() {
        search(RUN).forEach(u -> delete((String) u.get("id")));
    }

    /** The id of a demo user. */
    public static String idOf(String username) {
        return given().auth().oauth2(token()).queryParam("username", username).queryParam("exact", true).get(users()).then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
    }

    /** A password grant for an account made in a test. */
    public static String login(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "rostok-tests").formParam("username", username)
                .formParam("password", password).post(Tokens.tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }
}
