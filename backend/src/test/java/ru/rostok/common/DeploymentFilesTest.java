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

/** docker-compose.yml and the SPA's nginx: the production realm, nothing internal published, security headers. */
class DeploymentFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path NGINX = ROOT.resolve("frontend/deploy/nginx.conf");
    static final Path HEADERS = ROOT.resolve("frontend/deploy/security-headers.conf");

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
        // nginx drops the server's add_header lines in a location with its own add_header: every SPA location includes them
        assertThat(locations()).allSatisfy((location, body) -> {
            if (!body.contains("proxy_pass")) assertThat(body).as(location).contains("include /etc/nginx/security-headers.conf;");
        });
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
                .contains("./frontend/deploy/security-headers.conf:/etc/nginx/security-headers.conf:ro");
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
