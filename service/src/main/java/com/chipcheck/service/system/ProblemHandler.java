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
