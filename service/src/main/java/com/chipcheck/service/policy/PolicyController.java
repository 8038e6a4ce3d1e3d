package com.chipcheck.service.policy;

import com.chipcheck.rules.procurement.PolicyTableException;
import com.chipcheck.rules.procurement.ProcurementPolicies;
import com.chipcheck.rules.procurement.ProcurementPolicy;
import com.chipcheck.service.orders.OrdersController;
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

/** The procurement policy table: download the one in use, upload a new one (checked cell by cell first), versions. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "policy", description = "Procurement policy decision table")
public class PolicyController {

    private static final int MAX_TABLE_BYTES = 2 * 1024 * 1024; // the request-body limit too

    private final ProcurementPolicies policies;
    private final PolicyFiles files;
    private final Clock clock;

    public PolicyController(ProcurementPolicies policies, PolicyFiles files, Clock clock) {
        this.policies = policies;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/table")
    @Operation(summary = "The policy table in use (.xlsx, a Drools decision table)")
    public ResponseEntity<byte[]> table() {
        ProcurementPolicy policy = policies.current();
        return ResponseEntity.ok().contentType(OrdersController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(policy.version() + ".xlsx").build().toString())
                .header("X-Policy-Version", policy.version())
                .body(policy.file());
    }

    @PutMapping(value = "/table", consumes = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put a new policy table in use; a table with a bad cell is refused naming the cell, and the policy in use stays")
    public Map<String, Object> replace(@RequestBody byte[] xlsx, java.security.Principal who) {
        if (xlsx.length > MAX_TABLE_BYTES) {
            throw new PolicyTableException("the table is larger than " + MAX_TABLE_BYTES / 1024 / 1024 + " MB");
        }
        ProcurementPolicy candidate = ProcurementPolicy.compile(xlsx);
        String previous = policies.current() == null ? null : policies.current().version();
        PolicyFiles.PolicyVersion version = new PolicyFiles.PolicyVersion(candidate.version(), clock.instant(),
                who == null ? "anonymous" : who.getName(), candidate.tables().size());
        files.keep(xlsx, version);
        policies.replace(candidate);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", candidate.version());
        body.put("previous", previous);
        body.put("tables", candidate.tables());
        return body;
    }

    @GetMapping(value = "/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every policy version put in use, and the current one")
    public Map<String, Object> versions() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current", policies.current().version());
        body.put("tables", policies.current().tables());
        List<PolicyFiles.PolicyVersion> loaded = files.versions();
        body.put("loaded", loaded);
        return body;
    }

    @ExceptionHandler(PolicyTableException.class)
    public ProblemDetail refused(PolicyTableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The policy table was refused: " + e.getMessage());
        p.setTitle("Unusable policy table");
        p.setType(URI.create("urn:chipcheck:problem:unusable-policy-table"));
        return p;
    }
}
