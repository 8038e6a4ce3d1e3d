package com.chipcheck.service.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in page, in the language of the other pages (static/login.html with i18n.js, English or Chinese): Spring's
 * own page is English only. The form carries its CSRF token, written into the page here: a sign-in without it is
 * refused (login CSRF).
 */
@Controller
public class SignInPage {

    private final String page;

    public SignInPage() {
        try {
            page = new ClassPathResource("static/login.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in page is missing from the jar", e);
        }
    }

    @GetMapping("/login")
    public ResponseEntity<String> page(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        // the token is URL-safe Base64 or a UUID: nothing in it needs escaping in an attribute
        String html = page.replace("{{csrf}}", token == null ? "" : token.getToken());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }
}
