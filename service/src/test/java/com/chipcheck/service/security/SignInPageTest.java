package com.chipcheck.service.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The sign-in page is the project's own (English or Chinese), carries its CSRF token, and signs a user in with it. */
@SpringBootTest(properties = "spring.profiles.active=demo")
class SignInPageTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    @Test
    void thePageCarriesItsTokenAndSignsInWithIt() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        MvcResult page = mvc.perform(get("/login").session(session)).andReturn();
        assertEquals(200, page.getResponse().getStatus());
        String html = page.getResponse().getContentAsString();
        assertTrue(html.contains("<script src=\"/i18n.js\"></script>") && html.contains("data-i18n=\"signin.heading\""), "the project's page");
        Matcher token = TOKEN.matcher(html);
        assertTrue(token.find(), "a CSRF token in the form");
        jakarta.servlet.http.Cookie[] cookies = page.getResponse().getCookies();

        MvcResult wrong = mvc.perform(post("/login").session(session).cookie(cookies).param("username", "procurement")
                .param("password", "not-it").param("_csrf", token.group(1))).andReturn();
        assertEquals("/login?error", wrong.getResponse().getRedirectedUrl());

        MvcResult noToken = mvc.perform(post("/login").session(session).cookie(cookies).param("username", "procurement")
                .param("password", "procurement")).andReturn();
        assertEquals(403, noToken.getResponse().getStatus(), "a sign-in without its token is refused");

        page = mvc.perform(get("/login").session(session)).andReturn();
        token = TOKEN.matcher(page.getResponse().getContentAsString());
        assertTrue(token.find());
        MvcResult right = mvc.perform(post("/login").session(session).cookie(page.getResponse().getCookies()).param("username", "procurement")
                .param("password", "procurement").param("_csrf", token.group(1))).andReturn();
        assertEquals("/", right.getResponse().getRedirectedUrl());
    }

    @Test
    void theWordsOfThePageAreThereBeforeSigningIn() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var response = mvc.perform(get("/i18n.js")).andReturn().getResponse();
        assertEquals(200, response.getStatus(), "no sign-in needed");
        String script = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(script.contains("'signin.heading': '登录 ChipCheck'"), "the Chinese words of the sign-in page");
    }
}
