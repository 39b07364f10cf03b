package org.accord.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data, and whether it commits durably (tests turn that off
 * for speed).
 */
@ConfigurationProperties("accord.embedded-database")
record EmbeddedDatabaseProperties(
    @DefaultValue("data") Path dataDir, @DefaultValue("true") boolean durable) {}
