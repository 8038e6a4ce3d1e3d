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

/**
 * Restricted-party list versions: load a new CSL file (JSON or CSV), see the versions in use. A loaded version that
 * passes the integrity guard (or is forced) waits for a second compliance officer to approve it before it is used:
 * a list that drops an entry can clear lines its loader asked about (four eyes). Loads and approvals are records of
 * the chain.
 */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "lists", description = "Consolidated Screening List versions")
public class ListsController {

    /** A checked candidate and its file, waiting for approval. */
    record Candidate(ScreeningList list, byte[] content, boolean force) {
    }

    private final ScreeningLists lists;
    private final ListFiles files;
    private final Rescreening rescreening;
    private final Clock clock;
    private final com.chipcheck.service.records.DecisionLedger ledger;
    private final String ruleSetVersion;
    private final com.chipcheck.service.system.PendingApprovals<Candidate> pending;

    public ListsController(ScreeningLists lists, ListFiles files, Rescreening rescreening, Clock clock,
                           com.chipcheck.service.records.DecisionLedger ledger, com.chipcheck.rules.engine.ExportControlEngine engine,
                           com.chipcheck.service.system.PendingChanges changes) {
        this.pending = changes.queue("list version", ListFiles.AREA,
                new com.chipcheck.service.system.PendingApprovals.Codec<>() {
                    @Override
                    public byte[] content(Candidate c) {
                        return c.content();
                    }

                    @Override
                    public String note(Candidate c) { // the file name, and whether the load was forced past the guard
                        return (c.force() ? "force:" : "") + c.list().version().fileName();
                    }

                    @Override
                    public Candidate read(byte[] content, String note, String by, java.time.Instant at) {
                        boolean force = note != null && note.startsWith("force:");
                        String name = note == null ? "list.json" : force ? note.substring("force:".length()) : note;
                        return new Candidate(CslReader.read(content, name, at, by, force), content, force);
                    }
                });
        this.lists = lists;
        this.files = files;
        this.rescreening = rescreening;
        this.clock = clock;
        this.ledger = ledger;
        this.ruleSetVersion = engine.ruleSetVersion();
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
        ScreeningLists.LoadVerdict verdict = lists.check(candidate, force);
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
        String by = who == null ? "anonymous" : who.getName();
        pending.propose(verdict.version().id(), by, clock.instant(), new Candidate(candidate, content, force));
        act(com.chipcheck.service.records.RecordKind.LIST_LOAD, by, Map.of("fileName", name, "force", force), body);
        body.put("status", "PENDING_APPROVAL");
        body.put("approve", "/api/v1/lists/" + verdict.version().id() + "/approve");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @PostMapping(value = "/{version}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put a loaded list version in use: by a compliance officer other than the one who loaded it (four eyes)")
    public ResponseEntity<Map<String, Object>> approve(@org.springframework.web.bind.annotation.PathVariable String version,
                                                       java.security.Principal who) {
        String by = who == null ? "anonymous" : who.getName();
        com.chipcheck.service.system.PendingApprovals.Pending<Candidate> p = pending.approve(version, by);
        ScreeningLists.LoadVerdict verdict = lists.load(p.change().list(), p.change().force());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", verdict.accepted());
        body.put("verdict", verdict.verdict());
        body.put("version", verdict.version());
        body.put("previous", verdict.previous());
        body.put("loadedBy", p.proposedBy());
        body.put("approvedBy", by);
        if (!verdict.accepted()) { // the list in use changed since the load, and the guard now refuses it
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        }
        files.keep(p.change().content(), verdict.version());
        act(com.chipcheck.service.records.RecordKind.LIST_APPROVAL, by, Map.of("version", version, "loadedBy", p.proposedBy()), body);
        body.put("rescreening", rescreening.run());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A load or an approval is itself a record of the chain. */
    private void act(com.chipcheck.service.records.RecordKind kind, String by, Map<String, Object> asked, Map<String, Object> answer) {
        ledger.inTransaction(() -> ledger.appendAct(kind, by, null, java.time.LocalDate.now(clock), ruleSetVersion,
                lists.current().list().version().id(), "ACCEPTED", asked, new LinkedHashMap<>(answer)));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The list version in use and every version loaded before")
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", lists.current().list().version());
        List<ListVersion> history = files.versions();
        body.put("loaded", history);
        body.put("pending", pending.all().stream().map(p -> Map.of("version", p.change().list().version(), "loadedBy", p.proposedBy(),
                "loadedAt", p.proposedAt(), "approve", "/api/v1/lists/" + p.id() + "/approve")).toList());
        return body;
    }
}
