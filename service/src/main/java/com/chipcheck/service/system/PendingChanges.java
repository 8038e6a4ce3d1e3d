package com.chipcheck.service.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Makes the four-eyes queues of changes (list versions, policy tables), each kept in the shared database. */
@Component
public class PendingChanges {

    private final JdbcTemplate jdbc;

    public PendingChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public <T> PendingApprovals<T> queue(String what, String area, PendingApprovals.Codec<T> codec) {
        return new PendingApprovals<>(what, area, jdbc, codec);
    }
}
