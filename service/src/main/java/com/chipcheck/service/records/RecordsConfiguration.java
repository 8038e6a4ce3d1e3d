package com.chipcheck.service.records;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;

/**
 * The database of decision records: by default an H2 file under the data folder, made absolute here because H2
 * refuses relative paths, and written through on every commit; {@code spring.datasource.url} (the postgres profile) binds over it.
 */
@Configuration
public class RecordsConfiguration {

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    public DataSourceProperties dataSourceProperties(@Value("${chipcheck.data-dir}") Path dataDir) {
        DataSourceProperties properties = new DataSourceProperties();
        // WRITE_DELAY=0: every commit is written to the file before it returns. H2's default keeps the last second of
        // commits in memory, and a killed process loses them: acknowledged decisions, received uploads (KillDuringUploadTest)
        properties.setUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("chipcheck") + ";WRITE_DELAY=0");
        return properties;
    }
}
