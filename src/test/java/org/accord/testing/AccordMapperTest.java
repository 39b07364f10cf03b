package org.accord.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.accord.database.EmbeddedDatabaseForSlices;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accord's MyBatis mappers, and the few beans a test imports beside them, on an embedded PostgreSQL
 * with Accord's schema migrated by Flyway: no engine, no web layer, each test rolled back. For a
 * rule that lives in the database (a query, a constraint); it starts in seconds where {@link
 * AccordIntegrationTest} starts the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MybatisTest
// The real database, not the H2 on the test classpath (the process tests' engines use it).
@AutoConfigureTestDatabase(replace = Replace.NONE)
@ActiveProfiles("test")
@Import(EmbeddedDatabaseForSlices.class)
public @interface AccordMapperTest {}
