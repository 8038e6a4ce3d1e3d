package com.chipcheck.service.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Before any password is checked: a request that signs in (HTTP Basic, or the login form) from a source or for a name
 * that has failed too often is answered 429 with Retry-After, without the cost of a hash (see {@link SignInThrottle}).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = signingInAs(request);
        if (name != null) {
            long wait = throttle.waitFor(request.getRemoteAddr(), name);
            if (wait > 0) {
                long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"urn:chipcheck:problem:sign-in-throttled\",\"title\":\"Too many failed sign-ins\","
                        + "\"status\":429,\"detail\":\"too many failed sign-ins from this address or for this user; retry after " + seconds + " s\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name a request signs in as, or null if it does not sign in with a password. */
    static String signingInAs(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
            String name = request.getParameter("username");
            return name == null ? "" : name;
        }
        return null;
    }
}
