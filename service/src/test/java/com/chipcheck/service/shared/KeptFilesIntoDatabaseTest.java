package com.chipcheck.service.shared;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.service.screening.ListFiles;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A service that kept its list versions under its data folder, started against a database for the first time: the
 * versions are copied into the database, the same one in use (Flyway's V11), and the database is the authority.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptFilesIntoDatabaseTest {

    private static final Path DATA = Path.of("target", "test-data-kept-files-" + System.nanoTime());
    private static String kept;

    @DynamicPropertySource
    static void dataFolderWithAKeptList(DynamicPropertyRegistry registry) throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("..", "samples", "lists", "csl-sample.json"));
        String text = new String(sample, StandardCharsets.UTF_8).replaceFirst("\"results\"\\s*:\\s*\\[",
                "\"results\": [{\"id\":\"kept-1\",\"source\":\"Entity List (EL) - Bureau of Industry and Security\",\"name\":\"Kept File Trading Co\","
                        + "\"alt_names\":[],\"type\":\"Entity\",\"addresses\":[{\"country\":\"CN\"}]},");
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        ScreeningList list = CslReader.read(content, "kept.json", Instant.parse("2026-10-01T08:00:00Z"), "compliance", false);
        ListFiles.local(DATA).keep(content, list.version()); // as the service kept it before the database was the authority
        kept = list.version().id();
        registry.add("chipcheck.data-dir", () -> DATA.toString());
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theListKeptUnderTheDataFolderIsCopiedIntoTheDatabaseAndStaysInUse() throws Exception {
        String lists = mvc.perform(get("/api/v1/lists").with(user("kept-officer").roles("COMPLIANCE"))).andReturn().getResponse().getContentAsString();
        assertEquals(kept, JsonPath.read(lists, "$.current.id"));
        assertEquals(java.util.List.of(kept), JsonPath.read(lists, "$.loaded[*].id"), "its log came along");
    }
}
