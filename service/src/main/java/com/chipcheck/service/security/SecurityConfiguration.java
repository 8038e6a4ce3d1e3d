package com.chipcheck.service.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what. PROCUREMENT: run checks, upload orders, see its own orders. COMPLIANCE: all of that, and manage
 * lists, false positives, the policy, re-runs. AUDITOR: read-only: decisions, audit verification, impact, rulebook.
 * Every endpoint has an explicit rule here; anything else is denied. Users come from configuration
 * (chipcheck.security.users, hashed passwords) or, when an issuer is configured, from JWTs (roles claim).
 * The demo profile adds three demo users; any other profile refuses to start with them or with a password equal
 * to the user name.
 */
@Configuration
@EnableConfigurationProperties({SecurityProperties.class, RateLimits.class})
public class SecurityConfiguration {

    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String COMPLIANCE = "COMPLIANCE";
    public static final String AUDITOR = "AUDITOR";

    @Bean
    public SecurityFilterChain filterChain(HttpSecurity http, RateLimits limits, SignInThrottle throttle,
                                           @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
                                           @Value("${chipcheck.security.allowed-origins:}") List<String> allowedOrigins) throws Exception {
        ApiAuthenticationEntryPoint api = new ApiAuthenticationEntryPoint();
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error").permitAll()
                // the sign-in page's words (English and Chinese) are needed before anyone has signed in
                .requestMatchers(HttpMethod.GET, "/i18n.js").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyRole(COMPLIANCE, AUDITOR)
                .requestMatchers("/actuator/**").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.POST, "/api/v1/checks", "/api/v1/orders", "/api/v1/screenings").hasAnyRole(PROCUREMENT, COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/orders/incomplete", "/api/v1/orders/quarantined").hasAnyRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/orders").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/orders/*/rerun").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/orders/*/report.xlsx").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/lists", "/api/v1/screenings/false-positives", "/api/v1/lists/*/approve",
                        "/api/v1/screenings/false-positives/*/approve", "/api/v1/policy/versions/*/approve",
                        "/api/v1/exchange-rates/versions/*/approve").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/lists", "/api/v1/screenings/false-positives").hasAnyRole(COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.PUT, "/api/v1/policy/table", "/api/v1/exchange-rates/table").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/exchange-rates/table", "/api/v1/exchange-rates/versions")
                        .hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/policy/table", "/api/v1/policy/versions").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions/*", "/api/v1/audit/verify", "/api/v1/impact/*/report.xlsx").hasAnyRole(COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/replay", "/api/v1/impact").hasAnyRole(COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/holds", "/holds.html").hasAnyRole(COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/decisions/*/lines/*/release").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.POST, "/api/v1/licences", "/api/v1/licences/*/revoke", "/api/v1/licences/workbook").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/licences", "/api/v1/licences/*", "/licences.html").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.POST, "/api/v1/nac-notifications", "/api/v1/nac-notifications/*/confirmation",
                        "/api/v1/nac-notifications/*/objection").hasRole(COMPLIANCE)
                .requestMatchers(HttpMethod.GET, "/api/v1/nac-notifications", "/api/v1/nac-notifications/*")
                .hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/me").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/parts", "/api/v1/parts/lookup", "/api/v1/rules").hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/rulebook/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")
                .hasAnyRole(PROCUREMENT, COMPLIANCE, AUDITOR)
                .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(api))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(api,
                        r -> r.getRequestURI().startsWith("/api/") || r.getRequestURI().startsWith("/actuator/")))
                .formLogin(f -> f.loginPage("/login").permitAll()) // SignInPage: English or Chinese, as the pages
                // the upload page sends the token from the XSRF-TOKEN cookie; a request that carries no session
                // cookie (an API client authenticating on every request with Basic or Bearer, or nobody at all)
                // has no session a third-party page could ride on, and is then authenticated or refused with 401
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(r -> !"/login".equals(r.getRequestURI()) && (r.getCookies() == null
                                || Arrays.stream(r.getCookies()).noneMatch(k -> k.getName().equals("JSESSIONID")))))
                .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // before any credentials are looked at: requests a foreign page makes a browser send, and sign-ins from
                // a source or for a name that failed too often (no password hash is computed for them)
                .addFilterBefore(new CrossSiteRequestFilter(allowedOrigins.stream().map(o -> o.trim().toLowerCase(java.util.Locale.ROOT))
                        .filter(o -> !o.isEmpty()).collect(java.util.stream.Collectors.toSet())), org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                // after authorisation: counts, per user, only the requests the user may make
                .addFilterAfter(new RateLimitFilter(limits), org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        if (!issuer.isBlank()) {
            JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
            roles.setAuthoritiesClaimName("roles");
            roles.setAuthorityPrefix("ROLE_");
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(roles);
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    /** Spring Security writes the CSRF cookie only when the token is used: a static page never uses it, so load it. */
    static final class CsrfCookieFilter extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
                csrf.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    /** Sign-in by user name and password against the configured users, remembered briefly (see RememberedCredentials). */
    @Bean
    public org.springframework.security.authentication.AuthenticationProvider credentials(UserDetailsService users, PasswordEncoder encoder,
            @Value("${chipcheck.security.credential-cache:5m}") java.time.Duration remember, SignInThrottle throttle) {
        org.springframework.security.authentication.dao.DaoAuthenticationProvider dao =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new RememberedCredentials(dao, remember, throttle);
    }

    /** Failed sign-ins allowed per source address and per user name, per minute, before 429 (0: no limit). */
    @Bean
    public SignInThrottle signInThrottle(@Value("${chipcheck.security.failed-sign-ins-per-source-per-minute:30}") int perSource,
                                         @Value("${chipcheck.security.failed-sign-ins-per-user-per-minute:10}") int perUser) {
        return new SignInThrottle(perSource, perUser);
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder, Environment env) {
        boolean demo = Arrays.asList(env.getActiveProfiles()).contains("demo");
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.ConfiguredUser u : properties.users()) {
            String stored = u.password();
            if (!demo && (encoder.matches(u.name(), stored) || encoder.matches(u.name().toLowerCase(java.util.Locale.ROOT), stored)
                    || encoder.matches(u.name().toUpperCase(java.util.Locale.ROOT), stored))) {
                throw new IllegalStateException("user " + u.name() + " has its own name as password: only the demo profile may run with demo users");
            }
            if (!demo && stored != null && stored.startsWith("{noop}")) {
                throw new IllegalStateException("user " + u.name() + " has a password stored in clear ({noop}): give a hash such as {bcrypt}…");
            }
            users.add(User.withUsername(u.name()).password(stored).roles(u.roles().toArray(String[]::new)).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
