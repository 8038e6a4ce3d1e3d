package com.chipcheck.service.system;

import com.chipcheck.rules.order.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every error is RFC 9457 problem+json. A 400 lists each bad field as {@code errors: [{field, message}]}; a body
 * that is not the JSON we expect names the field and the type it should have.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    public ProblemDetail invalid(InvalidRequestException e) {
        return badRequest("The request has " + e.problems().size() + " invalid field(s)", e.problems());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            problem = badRequest("The request body does not match the API", List.of(new FieldProblem(field, summary(mapping))));
        } else {
            problem = badRequest("The request body is not valid JSON", List.of(new FieldProblem("(body)", notJson(ex))));
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** Where the JSON broke, in words (line and column when the parser says), never the parser's class name. */
    private static String notJson(HttpMessageNotReadableException ex) {
        if (ex.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null) {
            return "not valid JSON at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        }
        return "missing, empty or not valid JSON";
    }

    @ExceptionHandler(UnusableFileException.class)
    public ProblemDetail unusable(UnusableFileException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.problemType(), e.title(), e.lead() + e.getMessage());
    }

    @ExceptionHandler(Refusal.class)
    public ResponseEntity<ProblemDetail> refusal(Refusal e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.kind().status);
        if (e.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return answer.body(problem(e.kind().status, e.kind().type, e.kind().title, e.getMessage()));
    }

    @ExceptionHandler(com.chipcheck.rules.money.ExchangeRateTableException.class)
    public ProblemDetail refusedRates(com.chipcheck.rules.money.ExchangeRateTableException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "unusable-exchange-rate-table", "Unusable exchange-rate table",
                "The exchange-rate table was refused: " + e.getMessage());
    }

    @ExceptionHandler(com.chipcheck.rules.procurement.PolicyTableException.class)
    public ProblemDetail refusedTable(com.chipcheck.rules.procurement.PolicyTableException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "unusable-policy-table", "Unusable policy table", "The policy table was refused: " + e.getMessage());
    }

    /**
     * Every error Spring MVC answers itself (a refusal thrown with a status — 404 no such thing, 403 four eyes, 409 a
     * conflicting state, 422 a request the records refuse — a missing part, a wrong method or media type): the same
     * problem vocabulary as every other error, a type per status.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (body == null && ex instanceof org.springframework.web.ErrorResponse error) { // Spring passes its own body as null
            body = error.updateAndGetBody(getMessageSource(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail p && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            p.setType(URI.create("urn:chipcheck:problem:" + TYPES.getOrDefault(status.value(), "http-" + status.value())));
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    /** The problem type of each status a refusal may carry (the README's table). */
    static final Map<Integer, String> TYPES = Map.ofEntries(Map.entry(400, "invalid-request"), Map.entry(401, "unauthenticated"),
            Map.entry(403, "forbidden"), Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(409, "conflict"),
            Map.entry(413, "request-too-large"), Map.entry(415, "unsupported-media-type"), Map.entry(422, "refused"),
            Map.entry(429, "rate-limited"), Map.entry(503, "unavailable"));

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("urn:chipcheck:problem:" + type));
        return p;
    }

    @ExceptionHandler(RuntimeException.class)
    public ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error; nothing was decided. The error is logged.");
        p.setType(URI.create("urn:chipcheck:problem:internal"));
        return p;
    }

    static ProblemDetail badRequest(String detail, List<FieldProblem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setType(URI.create("urn:chipcheck:problem:invalid-request"));
        p.setTitle("Invalid request");
        p.setProperty("errors", problems.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        return p;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String summary(JsonMappingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf(" at [Source");
        String first = (cut > 0 ? message.substring(0, cut) : message).lines().findFirst().orElse(message);
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

}
