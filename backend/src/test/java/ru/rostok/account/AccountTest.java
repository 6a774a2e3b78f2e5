package ru.rostok.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.KeycloakBuilder;
import ru.rostok.account.service.KeycloakAccounts;
import ru.rostok.common.ApiException;
import ru.rostok.support.Accounts;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Tokens;

/** Accounts made from Rostok in the real Keycloak: who may make which, and what the new person then can do. */
@QuarkusTest
class AccountTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PASSWORD = "Check-Password-2026";

    @AfterAll
    static void deleteTheAccountsMade() {
        Accounts.deleteThisRun();
    }

    static Map<String, Object> staff(long school, String email) {
        return Map.of("lastName", "Новикова", "firstName", "Мария", "middleName", "Петровна", "email", email, "role", "school-staff",
                "schoolId", school);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String token) throws IOException {
        return new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
    }

    @Test
    void anAnalystCreatesASchoolsAccountAndThePersonSeesTheirOwnSchoolOnly() throws IOException {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        String email = Accounts.newEmail("account");
        JsonPath created = Api.as("analyst.crimea").body(staff(school, email)).post("/api/v1/users").then().statusCode(201).extract().jsonPath();
        String id = created.getString("user.id");
        assertThat(created.getString("user.role")).isEqualTo("school-staff");
        assertThat(created.getString("user.fullName")).isEqualTo("Новикова Мария Петровна");
        assertThat(created.getString("user.actingFor.kind")).isEqualTo("SCHOOL");
        assertThat(created.getString("user.actingFor.code")).isEqualTo(Demo.KERCH_SCHOOL_1_INN);
        assertThat(created.getLong("user.schoolId")).isEqualTo(school);
        assertThat(created.getBoolean("user.passwordSet")).isFalse();
        assertThat(created.getBoolean("setup.emailSent")).isFalse();
        assertThat(created.getString("setup.link")).contains("/welcome/");

        Accounts.setPassword(id, PASSWORD);
        String token = Accounts.login(email, PASSWORD);
        Map<String, Object> claims = claims(token);
        assertThat(claims.get("org_id")).isEqualTo(Demo.KERCH_SCHOOL_1_INN);
        assertThat(claims.get("municipality_id")).isEqualTo(Demo.KERCH);
        assertThat((Map<String, List<String>>) claims.get("realm_access")).extractingByKey("roles").asList().contains("school-staff");
        JsonPath schools = given().auth().oauth2(token).get("/api/v1/schools").then().statusCode(200).extract().jsonPath();
        assertThat(schools.getList("items.id", Long.class)).containsExactly(school);

        // the first start of the SPA records the login
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        assertThat(Api.as("analyst.crimea").get("/api/v1/users/" + id).then().statusCode(200).extract().jsonPath().getString("lastLoginAt")).isNotNull();
        // and the analyst's change is in the audit under their name
        assertThat(Api.as("admin").queryParam("entityType", "UserAccount").get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.entityLabel == '" + email + "' }.actor", String.class)).contains("analyst.crimea");
    }

    @Test
    void theSetupLinkSetsThePasswordOnceAndAnUnknownLinkIsNotFound() {
        String email = Accounts.newEmail("setup");
        JsonPath created = Api.as("coord.kerch").body(staff(Api.schoolId(Demo.KERCH_SCHOOL_1_INN), email)).post("/api/v1/users").then()
                .statusCode(201).extract().jsonPath();
        String link = created.getString("setup.link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        given().get("/api/v1/account-setup/" + token).then().statusCode(200).extract().jsonPath().getString("email").equals(email);
        given().contentType(ContentType.JSON).body(Map.of("password", "short")).post("/api/v1/account-setup/" + token).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("password", PASSWORD)).post("/api/v1/account-setup/" + token).then().statusCode(204);
        assertThat(Accounts.login(email, PASSWORD)).isNotBlank();
        assertThat(Accounts.user(created.getString("user.id")).get("emailVerified")).isEqualTo(true);
        // spent
        given().get("/api/v1/account-setup/" + token).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("password", "Another-Password-2")).post("/api/v1/account-setup/" + token).then().statusCode(404);
        given().get("/api/v1/account-setup/not-a-token").then().statusCode(404);
        // a new link replaces the old one
        String first = Api.as("coord.kerch").post("/api/v1/users/" + created.getString("user.id") + "/setup").then().statusCode(200).extract().path("link");
        String second = Api.as("coord.kerch").post("/api/v1/users/" + created.getString("user.id") + "/setup").then().statusCode(200).extract().path("link");
        given().get("/api/v1/account-setup/" + first.substring(first.lastIndexOf('/') + 1)).then().statusCode(404);
        given().get("/api/v1/account-setup/" + second.substring(second.lastIndexOf('/') + 1)).then().statusCode(200);
    }

    @Test
    void escalationAttemptsAreRefusedAndChangeNothingInKeycloak() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long slavskSchool = Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN);
        List<String> emails = new ArrayList<>();
        // a coordinator creates an analyst
        String e1 = Accounts.newEmail("escalation");
        emails.add(e1);
        Api.as("coord.kerch").body(Map.of("lastName", "Захватова", "firstName", "Ольга", "email", e1, "role", "regional-analyst",
                "regionId", Api.regionId(Demo.CRIMEA))).post("/api/v1/users").then().statusCode(403);
        // an analyst creates an administrator
        String e2 = Accounts.newEmail("escalation");
        emails.add(e2);
        Api.as("analyst.crimea").body(Map.of("lastName", "Захватова", "firstName", "Ольга", "email", e2, "role", "admin"))
                .post("/api/v1/users").then().statusCode(403);
        // an analyst creates a user in another region
        String e3 = Accounts.newEmail("escalation");
        emails.add(e3);
        Api.as("analyst.crimea").body(staff(slavskSchool, e3)).post("/api/v1/users").then().statusCode(404);
        // a coordinator a coordinator of their own municipality (a role above what they give)
        String e4 = Accounts.newEmail("escalation");
        emails.add(e4);
        Api.as("coord.kerch").body(Map.of("lastName", "Захватова", "firstName", "Ольга", "email", e4, "role", "municipal-coordinator",
                "municipalityId", kerch)).post("/api/v1/users").then().statusCode(403);
        assertThat(Accounts.countWithEmails(emails)).isZero();

        // one's own account: the analyst may keep analysts of the region, but not themselves
        String self = Accounts.idOf("analyst.crimea");
        Map<String, Object> before = Accounts.user(self);
        Api.as("analyst.crimea").post("/api/v1/users/" + self + "/disable").then().statusCode(403);
        Api.as("analyst.crimea").post("/api/v1/users/" + self + "/setup").then().statusCode(403);
        assertThat(Accounts.user(self)).isEqualTo(before);
        // a coordinator sees no coordinator, themselves included
        Api.as("coord.kerch").get("/api/v1/users/" + Accounts.idOf("coord.kerch")).then().statusCode(404);

        // a coordinator moves a staff member to a school of another municipality
        String staff = Api.as("coord.kerch").body(staff(Api.schoolId(Demo.KERCH_SCHOOL_1_INN), Accounts.newEmail("escalation")))
                .post("/api/v1/users").then().statusCode(201).extract().path("user.id");
        Map<String, Object> attributes = Accounts.user(staff);
        long feodosiaSchool = Api.schoolId("9134301937");
        Api.as("coord.kerch").body(Map.of("schoolId", feodosiaSchool)).put("/api/v1/users/" + staff + "/school").then().statusCode(404);
        Api.as("coord.kerch").body(Map.of("schoolId", slavskSchool)).put("/api/v1/users/" + staff + "/school").then().statusCode(404);
        assertThat(Accounts.user(staff).get("attributes")).isEqualTo(attributes.get("attributes"));
        // the analyst of the region may
        Api.as("analyst.crimea").body(Map.of("schoolId", feodosiaSchool)).put("/api/v1/users/" + staff + "/school").then().statusCode(200);
        assertThat(Accounts.user(staff).get("attributes").toString()).contains("9134301937");
        // and then the Kerch coordinator no longer sees them
        Api.as("coord.kerch").get("/api/v1/users/" + staff).then().statusCode(404);
    }

    @Test
    void theListHoldsTheCallersScopeOnly() {
        JsonPath coordinator = Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/users").then().statusCode(200).extract().jsonPath();
        assertThat(coordinator.getList("items.role", String.class)).isNotEmpty().containsOnly("school-staff");
        assertThat(coordinator.getList("items.username", String.class)).contains("school.kerch1", "school.kerch2").doesNotContain("school.feodosia1");
        JsonPath analyst = Api.as("analyst.crimea").queryParam("size", 500).get("/api/v1/users").then().statusCode(200).extract().jsonPath();
        assertThat(analyst.getList("items.username", String.class)).contains("coord.kerch", "school.feodosia1", "analyst.crimea")
                .doesNotContain("admin", "school.slavsk1");
        assertThat(Api.as("analyst.crimea").get("/api/v1/users/options").then().statusCode(200).extract().jsonPath().getList("creatableRoles"))
                .containsExactly("regional-analyst", "municipal-coordinator", "school-staff");
        assertThat(Api.as("admin").queryParam("q", "kerch1").get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getList("items.username", String.class)).containsExactly("school.kerch1");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabled() {
        String email = Accounts.newEmail("disable");
        String id = Api.as("analyst.crimea").body(staff(Api.schoolId(Demo.KERCH_SCHOOL_1_INN), email)).post("/api/v1/users").then().statusCode(201)
                .extract().path("user.id");
        Accounts.setPassword(id, PASSWORD);
        assertThat(Api.as("coord.kerch").post("/api/v1/users/" + id + "/disable").then().statusCode(200).extract().jsonPath()
                .getList("actions")).contains("enable");
        given().formParam("grant_type", "password").formParam("client_id", "rostok-tests").formParam("username", email)
                .formParam("password", PASSWORD).post(Tokens.tokenEndpoint()).then().statusCode(400);
        Api.as("coord.kerch").post("/api/v1/users/" + id + "/enable").then().statusCode(200);
        assertThat(Accounts.login(email, PASSWORD)).isNotBlank();
    }

    @Test
    void aSchoolThatClosesDisablesItsAccounts() {
        long school = Api.as("admin").body(Api.newSchool(Api.municipalityId(Demo.KERCH))).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (int i = 0; i < 2; i++) {
            Api.as("coord.kerch").body(staff(school, Accounts.newEmail("closing"))).post("/api/v1/users").then().statusCode(201);
        }
        assertThat(Api.as("coord.kerch").queryParam("schoolId", school).queryParam("enabled", true).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isEqualTo(2);
        assertThat(Api.as("coord.kerch").post("/api/v1/schools/" + school + "/accounts/disable").then().statusCode(200).extract().jsonPath()
                .getInt("disabled")).isEqualTo(2);
        assertThat(Api.as("coord.kerch").queryParam("schoolId", school).queryParam("enabled", true).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
        Api.as("coord.feodosia").post("/api/v1/schools/" + school + "/accounts/disable").then().statusCode(404);
    }

    // ------------------------------------------------------------------ bulk

    static byte[] sheet(List<String[]> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Пользователи");
            String[] header = {"ФИО", "E-mail", "Роль", "ИНН школы или ОКТМО муниципалитета или код субъекта"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) {
                    if (rows.get(r)[c] != null) {
                        ws.value(r + 1, c, rows.get(r)[c]);
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Staff of Kerch and Feodosia schools, and coordinators of Kerch, one a row. */
    static List<String[]> goodRows(int count) {
        List<String> inns = Api.as("admin").queryParam("regionId", Api.regionId(Demo.CRIMEA)).queryParam("size", 200).get("/api/v1/schools").then()
                .statusCode(200).extract().jsonPath().getList("items.inn", String.class);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(i % 50 == 7
                    ? new String[] {"Координаторова Елена Ивановна", Accounts.newEmail("bulk"), "Муниципальный координатор", Demo.KERCH}
                    : new String[] {"Иванова Ирина " + (i % 2 == 0 ? "Петровна" : ""), Accounts.newEmail("bulk"), "Сотрудник школы", inns.get(i % inns.size())});
        }
        return rows;
    }

    static List<String> emails(List<String[]> rows) {
        return rows.stream().map(r -> r[1]).toList();
    }

    @Test
    void aFileOf500RowsWithThreeBadOnesCreatesNobodyAndListsTheThree() {
        List<String[]> rows = goodRows(500);
        rows.get(99)[3] = "0000000000"; // unknown INN (row 101 in Excel)
        rows.get(249)[1] = rows.get(10)[1]; // the e-mail of row 12 again (row 251)
        rows.get(399)[2] = "Администратор"; // not the analyst's to give (row 401)
        List<String> emails = emails(rows);
        long before = Accounts.countWithEmails(emails);

        JsonPath problem = Api.as("analyst.crimea").config(slow()).contentType(XLSX).body(sheet(rows)).post("/api/v1/users/import").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("rows.row", Integer.class)).containsExactly(101, 251, 401);
        assertThat(problem.getList("rows[1].problems", String.class)).singleElement().asString().contains("12");
        assertThat(problem.getList("errors.row", Integer.class)).containsExactly(101, 251, 401);
        assertThat(Accounts.countWithEmails(emails)).isEqualTo(before).isZero();

        JsonPath preview = Api.as("analyst.crimea").config(slow()).contentType(XLSX).queryParam("dryRun", true).body(sheet(rows))
                .post("/api/v1/users/import").then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("valid")).isFalse();
        assertThat(preview.getInt("total")).isEqualTo(500);
        assertThat(preview.getInt("bad")).isEqualTo(3);
        assertThat(preview.getList("rows")).hasSize(500);
        assertThat(preview.getString("rows[0].actingFor")).isNotBlank();
        assertThat(Accounts.countWithEmails(emails)).isZero();
    }

    /** A file of hundreds of rows on a busy machine may take longer than the tests' usual 30 s. */
    static io.restassured.config.RestAssuredConfig slow() {
        return io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000).setParam("http.connection.timeout", 300_000));
    }

    @Test
    void aValidFileCreatesEveryone() {
        List<String[]> rows = goodRows(60);
        JsonPath preview = Api.as("analyst.crimea").contentType(XLSX).queryParam("dryRun", true).body(sheet(rows)).post("/api/v1/users/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getBoolean("valid")).isTrue();
        assertThat(Accounts.countWithEmails(emails(rows))).isZero();
        JsonPath done = Api.as("analyst.crimea").config(slow()).contentType(XLSX).body(sheet(rows)).post("/api/v1/users/import").then().statusCode(200)
                .extract().jsonPath();
        assertThat(done.getList("rows.userId")).hasSize(60).doesNotContainNull();
        assertThat(done.getList("rows.setup.link")).doesNotContainNull();
        assertThat(Accounts.countWithEmails(emails(rows))).isEqualTo(60);
        // a coordinator may not give the coordinator's role, nor act outside Kerch
        JsonPath refused = Api.as("coord.kerch").contentType(XLSX).queryParam("dryRun", true).body(sheet(goodRows(10))).post("/api/v1/users/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(refused.getBoolean("valid")).isFalse();
    }

    @Test
    void theTemplateHasTheColumnsAndTheRoles() {
        byte[] file = Api.as("coord.kerch").get("/api/v1/users/import/template").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        assertThat(file.length).isGreaterThan(1000);
    }

    @Test
    void anAccountDeletedWhileTheListIsReadHasNoRoleInsteadOfFailingTheList() {
        // the list searches Keycloak first and then asks each account of the page for its role; an account deleted in
        // between (by another administrator) used to make the whole list a 500
        KeycloakAccounts accounts = new KeycloakAccounts(KeycloakBuilder.builder().serverUrl("http://localhost:8180").realm("rostok")
                .clientId("rostok-accounts").clientSecret("rostok-accounts-secret").grantType("client_credentials").build(), "rostok");
        assertThat(accounts.role("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void keycloakOutOfReachIsA503() {
        KeycloakAccounts dead = new KeycloakAccounts(KeycloakBuilder.builder().serverUrl("http://localhost:1").realm("rostok")
                .clientId("rostok-accounts").clientSecret("x").grantType("client_credentials").build(), "rostok");
        assertThatThrownBy(() -> dead.find("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.type()).isEqualTo("/problems/accounts-unavailable");
                });
        assertThatThrownBy(() -> dead.search(new HashMap<>(Map.of("region_id", "91")))).isInstanceOf(ApiException.class);
    }
}
