package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the SPA's nginx: the production realm, nothing internal published, security headers, start
 * order by health, restarts, compression and caching.
 */
class DeploymentFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path NGINX = ROOT.resolve("frontend/deploy/nginx.conf");
    static final Path HEADERS = ROOT.resolve("frontend/deploy/security-headers.conf");
    static final Path SILENT_HEADERS = ROOT.resolve("frontend/deploy/silent-check-sso-headers.conf");
    static final String SILENT_PAGE = "/silent-check-sso.html";

    @Test
    @SuppressWarnings("unchecked")
    void dockerComposeImportsTheProductionRealm() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Object> keycloak = ((Map<String, Map<String, Object>>) compose.get("services")).get("keycloak");
        List<String> imports = ((List<Object>) keycloak.get("volumes")).stream().map(Object::toString)
                .filter(v -> v.contains("/opt/keycloak/data/import/")).toList();
        assertThat(imports).containsExactly("./" + RealmFilesTest.PRODUCTION + ":/opt/keycloak/data/import/rostok-realm.json:ro");
    }

    @Test
    void nginxProxiesOnlyTheApiAndNeverQuarkusOwnEndpoints() throws IOException {
        Map<String, String> locations = locations();
        assertThat(locations).isNotEmpty();
        assertThat(locations.keySet()).noneMatch(l -> l.contains("/q"));
        assertThat(locations).allSatisfy((location, body) -> {
            if (body.contains("proxy_pass")) assertThat(location).isEqualTo("/api/");
        });
        assertThat(locations).containsKey("/api/");
    }

    @Test
    void theSpaSendsSecurityHeadersFromEveryLocationThatServesIt() throws IOException {
        String headers = Files.readString(HEADERS);
        String csp = header(headers, "Content-Security-Policy");
        String keycloak = (String) new ObjectMapper().readValue(ROOT.resolve("frontend/deploy/config.json").toFile(), Map.class).get("keycloakUrl");
        assertThat(directive(csp, "default-src")).isEqualTo("'self'");
        assertThat(directive(csp, "script-src")).isEqualTo("'self'");
        assertThat(directive(csp, "connect-src")).contains("'self'", keycloak);
        assertThat(directive(csp, "frame-src")).contains(keycloak);
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("'none'");
        assertThat(directive(csp, "object-src")).isEqualTo("'none'");
        assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(headers, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("DENY");
        // nginx drops the server's add_header lines in a location with its own add_header: every SPA location includes them,
        // but for the page keycloak-js's hidden frame comes back to, which has headers of its own (below)
        assertThat(locations()).allSatisfy((location, body) -> {
            if (body.contains("proxy_pass")) {
                return;
            }
            assertThat(body).as(location).contains(location.equals("= " + SILENT_PAGE)
                    ? "include /etc/nginx/silent-check-sso-headers.conf;" : "include /etc/nginx/security-headers.conf;");
        });
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
                .contains("./frontend/deploy/security-headers.conf:/etc/nginx/security-headers.conf:ro")
                .contains("./frontend/deploy/silent-check-sso-headers.conf:/etc/nginx/silent-check-sso-headers.conf:ro");
    }

    @Test
    void theSilentCheckSsoPageMayBeFramedByTheSpaAloneAndRunsOnlyItsOwnScript() throws IOException {
        assertThat(locations()).containsKey("= " + SILENT_PAGE);
        String headers = Files.readString(SILENT_HEADERS);
        String csp = header(headers, "Content-Security-Policy");
        assertThat(directive(csp, "default-src")).isEqualTo("'none'");
        assertThat(directive(csp, "script-src")).startsWith("'sha256-").doesNotContain("unsafe");
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("'self'");
        assertThat(header(headers, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(headers, "X-Content-Type-Options")).isEqualTo("nosniff");
        // the address it is loaded at carries Keycloak's code
        assertThat(header(headers, "Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesStartInOrderOfHealthAndComeBackAfterAFailure() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services).allSatisfy((name, service) -> {
            assertThat(service.get("restart")).as(name + ": restart").isEqualTo("unless-stopped");
            assertThat(service).as(name + ": healthcheck").containsKey("healthcheck");
        });
        assertThat(healthcheck(services, "postgres")).contains("pg_isready");
        // the images of Keycloak and the backend have no curl: bash speaks HTTP to the readiness endpoints
        assertThat(healthcheck(services, "keycloak")).startsWith("CMD bash -c ")
                .contains("/dev/tcp/127.0.0.1/9000", "GET /health/ready ", "200").doesNotContain("curl");
        assertThat(healthcheck(services, "backend")).startsWith("CMD bash -c ")
                .contains("/dev/tcp/127.0.0.1/8080", "GET /q/health/ready ", "200").doesNotContain("curl");

        assertThat(dependsOn(services, "keycloak")).containsExactly(Map.entry("postgres", "service_healthy"));
        assertThat(dependsOn(services, "backend"))
                .containsOnly(Map.entry("postgres", "service_healthy"), Map.entry("keycloak", "service_healthy"));
        assertThat(dependsOn(services, "frontend")).containsExactly(Map.entry("backend", "service_healthy"));
    }

    @Test
    void dockerGivesTheBackendTimeToFinishItsRequestsOnStop() throws IOException {
        String properties = Files.readString(ROOT.resolve("backend/src/main/resources/application.properties"));
        Matcher timeout = Pattern.compile("(?m)^quarkus\\.shutdown\\.timeout=(\\d+)S$").matcher(properties);
        assertThat(timeout.find()).as("quarkus.shutdown.timeout").isTrue();
        Matcher grace = Pattern.compile("(\\d+)s").matcher(String.valueOf(services().get("backend").get("stop_grace_period")));
        assertThat(grace.matches()).as("backend: stop_grace_period").isTrue();
        assertThat(Integer.parseInt(grace.group(1))).isGreaterThan(Integer.parseInt(timeout.group(1)));
    }

    @Test
    void nginxCompressesTextAndCachesHashedAssetsForAYearButNeverIndexHtml() throws IOException {
        String nginx = Files.readString(NGINX).replaceAll("(?m)#.*$", "");
        assertThat(nginx).containsPattern("(?m)^\\s*gzip on;")
                .containsPattern("(?m)^\\s*gzip_vary on;");
        Matcher types = Pattern.compile("gzip_types([^;]*);").matcher(nginx);
        assertThat(types.find()).as("gzip_types").isTrue();
        assertThat(types.group(1).trim().split("\\s+")).contains("text/css", "application/javascript", "application/json", "image/svg+xml");

        Map<String, String> locations = locations();
        assertThat(locations.get("/assets/")).as("location /assets/")
                .contains("add_header Cache-Control \"public, max-age=31536000, immutable\";")
                .contains("try_files $uri =404;");
        assertThat(locations.get("= /index.html")).as("location = /index.html").contains("add_header Cache-Control \"no-cache\";");
        // every other route of the SPA ends at index.html, so it is never cached either
        assertThat(locations.get("/")).contains("try_files $uri $uri/ /index.html;");
    }

    @Test
    void buildContextsLeaveTheHostsBuildOutputOut() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("frontend/.dockerignore"))).contains("node_modules", "dist");
        assertThat(Files.readAllLines(ROOT.resolve("backend/.dockerignore"))).contains("target");
        // vite.config.ts reads the security headers at build time: deploy/ must reach the image
        assertThat(Files.readAllLines(ROOT.resolve("frontend/.dockerignore"))).noneMatch(l -> l.startsWith("deploy"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    /** A service's health check as one line (the test's words joined by spaces). */
    @SuppressWarnings("unchecked")
    static String healthcheck(Map<String, Map<String, Object>> services, String name) {
        Object test = ((Map<String, Object>) services.get(name).get("healthcheck")).get("test");
        return String.join(" ", ((List<Object>) test).stream().map(Object::toString).toList());
    }

    /** A service's depends_on as service → condition. */
    @SuppressWarnings("unchecked")
    static Map<String, String> dependsOn(Map<String, Map<String, Object>> services, String name) {
        Map<String, String> conditions = new LinkedHashMap<>();
        Object dependsOn = services.get(name).get("depends_on");
        assertThat(dependsOn).as(name + ": depends_on with conditions").isInstanceOf(Map.class);
        ((Map<String, Map<String, Object>>) dependsOn).forEach((service, spec) -> conditions.put(service, String.valueOf(spec.get("condition"))));
        return conditions;
    }

    /** nginx.conf's locations and their bodies, comments left out. */
    static Map<String, String> locations() throws IOException {
        String nginx = Files.readString(NGINX).replaceAll("(?m)#.*$", "");
        Map<String, String> locations = new LinkedHashMap<>();
        Matcher m = Pattern.compile("location\\s+([^{]+)\\{([^}]*)}").matcher(nginx);
        while (m.find()) locations.put(m.group(1).trim(), m.group(2));
        return locations;
    }

    static String header(String conf, String name) {
        Matcher m = Pattern.compile("add_header\\s+" + Pattern.quote(name) + "\\s+\"([^\"]*)\"\\s+always;").matcher(conf);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            String t = d.trim();
            if (t.startsWith(name + " ")) return t.substring(name.length() + 1).trim();
        }
        throw new AssertionError("no " + name + " in " + csp);
    }
}
