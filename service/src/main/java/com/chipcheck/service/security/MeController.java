package com.chipcheck.service.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Who is signed in: the pages show it and hide what the role may not do. Also the load test's trivial endpoint. */
@RestController
@Tag(name = "access")
public class MeController {

    @GetMapping(value = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed-in user and roles")
    public Map<String, Object> me(Authentication who) {
        return Map.of("name", who.getName(), "roles", who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList());
    }
}
