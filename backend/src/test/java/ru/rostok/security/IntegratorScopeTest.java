package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/**
 * An integrator is another system: it gets what it integrates — the registry, the indicators, the campaigns, their
 * values and templates — and nothing of the people's work (decisions with names, roadmaps, reports, evidence,
 * partnerships, lists, risk profiles, analyses, the control dashboard).
 */
@QuarkusTest
class IntegratorScopeTest {

    @Test
    void anIntegratorReadsTheRegistryAndTheMonitoringOfItsRegion() {
        long campaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        List<String> paths = List.of("/api/v1/me", "/api/v1/regions", "/api/v1/municipalities", "/api/v1/bodies", "/api/v1/schools",
                "/api/v1/schools/" + Api.schoolId(Demo.KERCH_SCHOOL_1_INN), "/api/v1/indicators", "/api/v1/campaigns",
                "/api/v1/campaigns/" + campaign, "/api/v1/campaigns/" + campaign + "/values",
                "/api/v1/campaigns/" + campaign + "/values/export?format=csv", "/api/v1/campaigns/" + campaign + "/template");
        List<String> refused = new ArrayList<>();
        for (String path : paths) {
            int status = Api.asIntegrator().get(path).statusCode();
            if (status != 200) {
                refused.add(path + " → " + status);
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void anIntegratorGetsNothingOfThePeoplesWork() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long campaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        List<String> paths = List.of("/api/v1/decisions", "/api/v1/roadmaps", "/api/v1/control/dashboard", "/api/v1/control/export",
                "/api/v1/partnerships", "/api/v1/partnerships/plan", "/api/v1/recommendations", "/api/v1/school-lists",
                "/api/v1/identification-rules", "/api/v1/risk-factors", "/api/v1/schools/" + school + "/risk-profile",
                "/api/v1/schools/" + school + "/lists", "/api/v1/campaigns/" + campaign + "/analyses", "/api/v1/my-work",
                "/api/v1/notifications", "/api/v1/submissions", "/api/v1/audit");
        List<String> answered = new ArrayList<>();
        for (String path : paths) {
            var response = Api.asIntegrator().get(path);
            if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                answered.add(path + " → " + response.statusCode());
            }
        }
        assertThat(answered).isEmpty();
    }
}
