package com.chipcheck.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser sends on behalf of a page of
 * another site: such a request rides on whatever credentials the browser holds for this service (a cached HTTP Basic
 * sign-in, a session), which is how a foreign page uploaded a list. Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}); API clients (curl, scripts) send neither and are not affected.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> allowedOrigins;

    /** @param allowedOrigins other origins allowed to send requests (a front end served elsewhere), e.g. https://portal.example */
    CrossSiteRequestFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
            response.setStatus(403);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:chipcheck:problem:cross-site-request\",\"title\":\"Cross-site request refused\","
                    + "\"status\":403,\"detail\":\"a request that changes something must come from this service's own pages or from an API client\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        if (origin == null) {
            return false; // not a browser's cross-origin request (browsers send Origin on every cross-origin POST)
        }
        return !origin.equalsIgnoreCase(ownOrigin(request));
    }

    /** scheme://host[:port] of this request, as the browser wrote it (the port only when it is not the scheme's own). */
    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (port == 80 && "http".equals(request.getScheme())) || (port == 443 && "https".equals(request.getScheme()));
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
