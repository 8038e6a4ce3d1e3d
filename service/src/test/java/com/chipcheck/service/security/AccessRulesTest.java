package com.chipcheck.service.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Walks every endpoint the service maps and checks it against the intended roles: unauthenticated it answers 401,
 * with a role it is not meant for 403, with a role it is meant for neither. A new endpoint without an entry here
 * fails the build.
 */
@SpringBootTest(properties = "chipcheck.data-dir=target/test-data-access-${random.uuid}")
class AccessRulesTest {

    private static final String P = "PROCUREMENT";
    private static final String C = "COMPLIANCE";
    private static final String A = "AUDITOR";

    /** "METHOD pattern" → the roles meant to use it. */
    private static final Map<String, Set<String>> INTENDED = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/v1/checks", Set.of(P, C)),
            Map.entry("POST /api/v1/orders", Set.of(P, C)),
            Map.entry("GET /api/v1/orders", Set.of(P, C, A)),
            Map.entry("GET /api/v1/orders/{orderId}/report.xlsx", Set.of(P, C, A)),
            Map.entry("GET /api/v1/orders/incomplete", Set.of(C)),
            Map.entry("GET /api/v1/orders/quarantined", Set.of(C)),
            Map.entry("POST /api/v1/licences", Set.of(C)),
            Map.entry("POST /api/v1/licences/{number}/revoke", Set.of(C)),
            Map.entry("GET /api/v1/licences", Set.of(P, C, A)),
            Map.entry("GET /api/v1/licences/{number}", Set.of(P, C, A)),
            Map.entry("GET /api/v1/licences/workbook.xlsx", Set.of(P, C, A)),
            Map.entry("POST /api/v1/licences/workbook", Set.of(C)),
            Map.entry("POST /api/v1/nac-notifications", Set.of(C)),
            Map.entry("POST /api/v1/nac-notifications/{id}/confirmation", Set.of(C)),
            Map.entry("POST /api/v1/nac-notifications/{id}/objection", Set.of(C)),
            Map.entry("GET /api/v1/nac-notifications", Set.of(P, C, A)),
            Map.entry("GET /api/v1/nac-notifications/{id}", Set.of(P, C, A)),
            Map.entry("POST /api/v1/orders/{orderId}/rerun", Set.of(C)),
            Map.entry("POST /api/v1/screenings", Set.of(P, C)),
            Map.entry("POST /api/v1/screenings/false-positives", Set.of(C)),
            Map.entry("GET /api/v1/screenings/false-positives", Set.of(C, A)),
            Map.entry("POST /api/v1/lists", Set.of(C)),
            Map.entry("POST /api/v1/lists/{version}/approve", Set.of(C)),
            Map.entry("POST /api/v1/screenings/false-positives/{id}/approve", Set.of(C)),
            Map.entry("POST /api/v1/policy/versions/{version}/approve", Set.of(C)),
            Map.entry("GET /api/v1/lists", Set.of(C, A)),
            Map.entry("GET /api/v1/policy/table", Set.of(P, C, A)),
            Map.entry("PUT /api/v1/policy/table", Set.of(C)),
            Map.entry("GET /api/v1/policy/versions", Set.of(P, C, A)),
            Map.entry("POST /api/v1/exchange-rates/versions/{version}/approve", Set.of(C)),
            Map.entry("GET /api/v1/exchange-rates/table", Set.of(P, C, A)),
            Map.entry("PUT /api/v1/exchange-rates/table", Set.of(C)),
            Map.entry("GET /api/v1/exchange-rates/versions", Set.of(P, C, A)),
            Map.entry("GET /api/v1/decisions/{decisionId}", Set.of(C, A)),
            Map.entry("POST /api/v1/decisions/{decisionId}/replay", Set.of(C, A)),
            Map.entry("GET /api/v1/audit/verify", Set.of(C, A)),
            Map.entry("POST /api/v1/impact", Set.of(C, A)),
            Map.entry("GET /api/v1/impact/{impactId}/report.xlsx", Set.of(C, A)),
            Map.entry("GET /api/v1/holds", Set.of(C, A)),
            Map.entry("GET /holds.html", Set.of(C, A)),
            Map.entry("POST /api/v1/decisions/{decisionId}/lines/{line}/release", Set.of(C)),
            Map.entry("GET /api/v1/me", Set.of(P, C, A)),
            Map.entry("GET /api/v1/parts", Set.of(P, C, A)),
            Map.entry("GET /api/v1/parts/lookup", Set.of(P, C, A)),
            Map.entry("GET /api/v1/rules", Set.of(P, C, A)),
            Map.entry("GET /", Set.of(P, C, A)),
            Map.entry("GET /rulebook/index.html", Set.of(P, C, A)),
            Map.entry("GET /v3/api-docs", Set.of(P, C, A)),
            Map.entry("GET /actuator/info", Set.of(C)),
            Map.entry("GET /actuator/prometheus", Set.of(C, A))));

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MockMvc mvc;

    @BeforeEach
    void plainMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build(); // no default user here
    }

    @Test
    void everyMappedEndpointHasAnIntendedSetOfRoles() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        List<String> unknown = mapped.stream().filter(k -> !INTENDED.containsKey(k)).toList();
        assertEquals(List.of(), unknown, "endpoints without an access rule in this test (and in SecurityConfiguration)");
        assertTrue(mapped.size() >= 20, "mapped: " + mapped);
    }

    @Test
    void eachEndpointLetsInOnlyItsRoles() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : INTENDED.entrySet()) {
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String path = e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceAll("\\{[^}]+}", "X");
            int anonymous = mvc.perform(request(method, path)).andReturn().getResponse().getStatus();
            if (anonymous != 401) {
                wrong.add(e.getKey() + " without a user: " + anonymous);
            }
            for (String role : List.of(P, C, A)) {
                int status = mvc.perform(request(method, path).with(user("u-" + role).roles(role))).andReturn().getResponse().getStatus();
                boolean meant = e.getValue().contains(role);
                if (meant && (status == 401 || status == 403)) {
                    wrong.add(e.getKey() + " as " + role + ": refused " + status);
                } else if (!meant && status != 403) {
                    wrong.add(e.getKey() + " as " + role + ": " + status + " instead of 403");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPostRidingOnABrowserSessionNeedsTheCsrfToken() throws Exception {
        jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("JSESSIONID", "abc");
        assertEquals(403, mvc.perform(MockMvcRequestBuilders.post("/api/v1/checks").cookie(session)
                .with(user("p").roles(P)).contentType("application/json").content("{}")).andReturn().getResponse().getStatus());
        assertEquals(400, mvc.perform(MockMvcRequestBuilders.post("/api/v1/checks").cookie(session).with(csrf())
                .with(user("p").roles(P)).contentType("application/json").content("{}")).andReturn().getResponse().getStatus());
        assertEquals(401, mvc.perform(MockMvcRequestBuilders.post("/api/v1/checks").contentType("application/json").content("{}"))
                .andReturn().getResponse().getStatus(), "no session, no user: asked to authenticate");
    }

    @Test
    void healthIsOpenAndNothingElseIs() throws Exception {
        assertEquals(200, mvc.perform(MockMvcRequestBuilders.get("/actuator/health")).andReturn().getResponse().getStatus());
        assertEquals(401, mvc.perform(MockMvcRequestBuilders.get("/api/v1/no-such-endpoint")).andReturn().getResponse().getStatus());
        assertEquals(403, mvc.perform(MockMvcRequestBuilders.get("/api/v1/no-such-endpoint").with(user("c").roles(C)))
                .andReturn().getResponse().getStatus());
    }

    private static MockHttpServletRequestBuilder request(String method, String path) {
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).with(csrf());
    }
}
