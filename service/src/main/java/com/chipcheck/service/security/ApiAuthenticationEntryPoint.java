package com.chipcheck.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * 401 for a request without valid credentials. The HTTP Basic challenge ({@code WWW-Authenticate: Basic}) goes only
 * to clients that are not browsers: a browser that sees it asks for a password and then sends it with every request
 * to this service, including the ones a foreign page makes it send. Browsers sign in on the login page instead.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"urn:chipcheck:problem:sign-in-throttled\",\"title\":\"Too many failed sign-ins\","
                    + "\"status\":429,\"detail\":\"" + e.getMessage() + "; retry after " + throttled.retryAfterSeconds() + " s\"}");
            return;
        }
        boolean browser = request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Origin") != null;
        response.setHeader("WWW-Authenticate", browser ? "FormLogin realm=\"chipcheck\" (sign in at /login)" : "Basic realm=\"chipcheck\"");
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"urn:chipcheck:problem:unauthenticated\",\"title\":\"Sign in first\",\"status\":401,"
                + "\"detail\":\"send HTTP Basic or a Bearer token, or sign in at /login\"}");
    }
}
