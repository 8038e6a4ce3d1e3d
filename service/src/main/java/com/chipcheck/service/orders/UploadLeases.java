package com.chipcheck.service.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Which replica decides an upload: a lease row taken before deciding, renewed while deciding, given back after. A
 * replica that dies stops renewing, the lease expires, and the upload is resumed by one other replica: exactly one,
 * because taking a lease is one conditional write (a new row, or an expired one taken over).
 */
@Component
public class UploadLeases implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UploadLeases.class);

    /** This life of the process: leases of an earlier life of the same replica were left by a crash. */
    private static final String LIFE = Long.toString(System.currentTimeMillis(), 36);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "upload-lease-renewer");
        t.setDaemon(true);
        return t;
    });

    /** The replica, stable across its restarts: by default its host, port and data folder. */
    private final String replica;

    public UploadLeases(JdbcTemplate jdbc, Clock clock, @Value("${chipcheck.replicas.lease-seconds:60}") long ttlSeconds,
                        @Value("${chipcheck.replicas.id:}") String replicaId, @Value("${server.port:8080}") String port,
                        @Value("${chipcheck.data-dir}") java.nio.file.Path dataDir) {
        this.replica = cut(!replicaId.isBlank() ? replicaId : host() + ":" + port + ":"
                + Integer.toHexString(dataDir.toAbsolutePath().normalize().toString().hashCode()));
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = Duration.ofSeconds(ttlSeconds);
        long every = Math.max(1, ttlSeconds / 3);
        renewer.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.SECONDS);
    }

    /** Uploads this replica is deciding now, for operators. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void meters(io.micrometer.core.instrument.MeterRegistry registry) {
        io.micrometer.core.instrument.Gauge.builder("chipcheck.uploads.in.progress", held, Set::size)
                .description("uploads this replica is deciding now").register(registry);
    }

    /** A lease held on one upload. */
    public final class Lease implements AutoCloseable {
        private final String orderId;
        private final String holder = replica + "/" + LIFE + "/" + UUID.randomUUID().toString().substring(0, 8);

        private Lease(String orderId) {
            this.orderId = orderId;
        }

        boolean renew() {
            return jdbc.update("UPDATE order_lease SET until = ? WHERE order_id = ? AND holder = ?", until(), orderId, holder) == 1;
        }

        /** Gives the upload back: decided, or to be decided by another replica. */
        @Override
        public void close() {
            held.remove(this);
            jdbc.update("DELETE FROM order_lease WHERE order_id = ? AND holder = ?", orderId, holder);
        }
    }

    /** The lease on an upload, unless a live replica holds it. */
    public Optional<Lease> claim(String orderId) {
        Lease lease = new Lease(orderId);
        boolean taken;
        try {
            taken = jdbc.update("INSERT INTO order_lease (order_id, holder, until) VALUES (?, ?, ?)", orderId, lease.holder, until()) == 1;
        } catch (DuplicateKeyException e) { // held, or left by a replica that died: taken over once expired, or at once by
            // the same replica started again (its earlier life is over)
            taken = jdbc.update("UPDATE order_lease SET holder = ?, until = ? WHERE order_id = ? AND (until < ?"
                            + " OR (holder LIKE ? AND holder NOT LIKE ?))", lease.holder, until(), orderId, Timestamp.from(clock.instant()),
                    like(replica) + "/%", like(replica) + "/" + LIFE + "/%") == 1;
        }
        if (taken) {
            held.add(lease);
            return Optional.of(lease);
        }
        return Optional.empty();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "host";
        }
    }

    private static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60);
    }

    private Timestamp until() {
        return Timestamp.from(clock.instant().plus(ttl));
    }

    private void renewAll() {
        for (Lease lease : held) {
            try {
                if (!lease.renew()) {
                    log.warn("the lease on upload {} was lost (expired and taken over): another replica decides it", lease.orderId);
                }
            } catch (RuntimeException e) {
                log.warn("cannot renew the lease on upload {}: {}", lease.orderId, e.toString());
            }
        }
    }

    /** On shutdown: the uploads still being decided are handed back at once, not when their leases expire. */
    @Override
    public void destroy() {
        renewer.shutdownNow();
        for (Lease lease : held) {
            try {
                lease.close();
            } catch (RuntimeException e) {
                log.warn("cannot hand back upload {}: {}", lease.orderId, e.toString());
            }
        }
    }
}
