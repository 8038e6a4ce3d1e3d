package com.chipcheck.service.policy;

import com.chipcheck.rules.procurement.PolicyTableException;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The procurement policy table: download the one in use, upload a new one (checked cell by cell first), versions. An
 * uploaded table waits for a second compliance officer to approve it before it is used: a policy edit can clear lines
 * its author asked about (four eyes). Uploads and approvals are records of the chain.
 */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "policy", description = "Procurement policy decision table")
public class PolicyController {

    private static final int MAX_TABLE_BYTES = 2 * 1024 * 1024; // the request-body limit too

    /** A checked, compiled table and its file, waiting for approval. */
    record Candidate(ProcurementPolicy policy, byte[] file) {
    }

    private final ProcurementPolicies policies;
    private final com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> files;
    private final Clock clock;
    private final com.chipcheck.service.records.DecisionLedger ledger;
    private final com.chipcheck.rules.engine.ExportControlEngine engine;
    private final com.chipcheck.service.system.PendingApprovals<Candidate> pending;

    public PolicyController(ProcurementPolicies policies, com.chipcheck.service.shared.KeptVersions<PolicyFiles.PolicyVersion> files, Clock clock,
                            com.chipcheck.service.records.DecisionLedger ledger, com.chipcheck.rules.engine.ExportControlEngine engine,
                            com.chipcheck.service.system.PendingChanges changes) {
        this.pending = changes.queue("policy version", "POLICY",
                new com.chipcheck.service.system.PendingApprovals.Codec<>() {
                    @Override
                    public byte[] content(Candidate c) {
                        return c.file();
                    }

                    @Override
                    public String note(Candidate c) {
                        return null;
                    }

                    @Override
                    public Candidate read(byte[] content, String note, String by, java.time.Instant at) {
                        return new Candidate(ProcurementPolicy.compile(content), content); // checked when proposed
                    }
                });
        this.policies = policies;
        this.files = files;
        this.clock = clock;
        this.ledger = ledger;
        this.engine = engine;
    }

    @GetMapping("/table")
    @Operation(summary = "The policy table in use (.xlsx, a Drools decision table)")
    public ResponseEntity<byte[]> table() {
        ProcurementPolicy policy = policies.current();
        return ResponseEntity.ok().contentType(com.chipcheck.service.system.MediaTypes.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(policy.version() + ".xlsx").build().toString())
                .header("X-Policy-Version", policy.version())
                .body(policy.file());
    }

    @PutMapping(value = "/table", consumes = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put a new policy table in use; a table with a bad cell is refused naming the cell, and the policy in use stays")
    public ResponseEntity<Map<String, Object>> replace(@RequestBody byte[] xlsx, java.security.Principal who) {
        if (xlsx.length > MAX_TABLE_BYTES) {
            throw new PolicyTableException("the table is larger than " + MAX_TABLE_BYTES / 1024 / 1024 + " MB");
        }
        ProcurementPolicy candidate = ProcurementPolicy.compile(xlsx);
        String by = who == null ? "anonymous" : who.getName();
        String proposedBy = pending.propose(candidate.version(), by, clock.instant(), new Candidate(candidate, xlsx)).proposedBy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", candidate.version());
        body.put("current", policies.current() == null ? null : policies.current().version());
        body.put("tables", candidate.tables());
        body.put("status", "PENDING_APPROVAL");
        body.put("proposedBy", proposedBy); // the same table proposed earlier by another officer stays theirs
        body.put("approve", "/api/v1/policy/versions/" + candidate.version() + "/approve");
        act(com.chipcheck.service.records.RecordKind.POLICY_PUT, by, Map.of("version", candidate.version()), body);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    @org.springframework.web.bind.annotation.PostMapping(value = "/versions/{version}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put an uploaded policy version in use: by a compliance officer other than the one who uploaded it (four eyes)")
    public Map<String, Object> approve(@org.springframework.web.bind.annotation.PathVariable String version, java.security.Principal who) {
        String by = who == null ? "anonymous" : who.getName();
        com.chipcheck.service.system.PendingApprovals.Pending<Candidate> p = pending.approve(version, by);
        String previous = policies.current() == null ? null : policies.current().version();
        PolicyFiles.PolicyVersion kept = new PolicyFiles.PolicyVersion(version, clock.instant(), p.proposedBy() + ", approved by " + by,
                p.change().policy().tables().size());
        files.keep(p.change().file(), kept);
        policies.replace(p.change().policy());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("previous", previous);
        body.put("uploadedBy", p.proposedBy());
        body.put("approvedBy", by);
        body.put("tables", p.change().policy().tables());
        act(com.chipcheck.service.records.RecordKind.POLICY_APPROVAL, by, Map.of("version", version, "uploadedBy", p.proposedBy()), body);
        return body;
    }

    /** An upload or an approval is itself a record of the chain. */
    private void act(com.chipcheck.service.records.RecordKind kind, String by, Map<String, Object> asked, Map<String, Object> answer) {
        ledger.inTransaction(() -> ledger.appendAct(kind, by, null, java.time.LocalDate.now(clock), engine.ruleSetVersion(),
                engine.lists().current().list().version().id(), "ACCEPTED", asked, new LinkedHashMap<>(answer)));
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every policy version put in use, and the current one")
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", policies.current().version());
        body.put("tables", policies.current().tables());
        List<PolicyFiles.PolicyVersion> loaded = files.versions();
        body.put("loaded", loaded);
        body.put("pending", pending.all().stream().map(p -> Map.of("version", p.id(), "uploadedBy", p.proposedBy(),
                "uploadedAt", p.proposedAt(), "approve", "/api/v1/policy/versions/" + p.id() + "/approve")).toList());
        return body;
    }

}
