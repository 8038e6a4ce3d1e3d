package com.chipcheck.service.screening;

import com.chipcheck.rules.screening.CslReader;
import com.chipcheck.rules.screening.ListVersion;
import com.chipcheck.rules.screening.ScreeningList;
import com.chipcheck.rules.screening.ScreeningLists;
import com.chipcheck.service.system.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Restricted-party list versions: load a new CSL file (JSON or CSV), see the versions in use. */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "lists", description = "Consolidated Screening List versions")
public class ListsController {

    private final ScreeningLists lists;
    private final ListFiles files;
    private final Rescreening rescreening;
    private final Clock clock;

    public ListsController(ScreeningLists lists, ListFiles files, Rescreening rescreening, Clock clock) {
        this.lists = lists;
        this.files = files;
        this.rescreening = rescreening;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Load a CSL file (multipart field 'file'); refused by the integrity guard unless force=true")
    public ResponseEntity<Map<String, Object>> load(@RequestParam("file") MultipartFile file,
                                                    @RequestParam(value = "force", defaultValue = "false") boolean force,
                                                    java.security.Principal who) throws IOException {
        String name = file.getOriginalFilename() == null ? "list.json" : Path.of(file.getOriginalFilename()).getFileName().toString();
        byte[] content = file.getBytes();
        ScreeningList candidate;
        try {
            candidate = CslReader.read(content, name, clock.instant(), who == null ? "anonymous" : who.getName(), force);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("file", "the file is not a usable Consolidated Screening List: " + e.getMessage());
        }
        ScreeningLists.LoadVerdict verdict = lists.load(candidate, force);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", verdict.accepted());
        body.put("verdict", verdict.verdict());
        body.put("version", verdict.version());
        body.put("previous", verdict.previous());
        body.put("entriesLost", verdict.lost());
        body.put("entriesAdded", verdict.added());
        if (!verdict.accepted()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        files.keep(content, verdict.version());
        body.put("rescreening", rescreening.run());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The list version in use and every version loaded before")
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", lists.current().list().version());
        List<ListVersion> history = files.versions();
        body.put("loaded", history);
        return body;
    }
}
