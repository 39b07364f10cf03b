package org.accord.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.reflection.wrapper.ObjectWrapper;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda's statements are dynamic SQL, and MyBatis builds each one in two steps on every
 * execution: it evaluates the mapping's conditions and loops into SQL text, then parses that text
 * for its {@code #{…}} parameters, building a mapping for each (its Java type found by reflection,
 * its type handler looked up). A JFR profile of issue 22's load test at 100 requests a second put a
 * third of the server's samples in building SQL, and 9.6 % in the second step alone: Tasklist's
 * task queries and the authorization checks have a hundred parameters and more.
 *
 * <p>The second step's answer depends only on the text, the parameter object's class and, for a
 * parameter read from a value the first step bound (a loop's item, a {@code <bind>}), that value's
 * class. So it is remembered under those, for every dynamic statement of the engine (Camunda's and
 * Accord's), and the first step is done as before. A parameter whose type MyBatis would find in a
 * value deeper than that (a map's entry, a property of a bound value's property) is never
 * remembered: its text is parsed every time, as before. {@code RememberedParameterMappingsTest}
 * compares every statement the engine runs in an agreement's life with MyBatis' own answer.
 *
 * <p>Swapping the statements' SQL source reads two private fields of MyBatis 3.5.15 (pinned, ADR
 * 2): {@code DynamicSqlSource.rootSqlNode} and {@code MappedStatement.sqlSource}; an upgrade that
 * renames them fails at start-up, not silently.
 */
@Component
class RememberedParameterMappings extends AbstractProcessEnginePlugin {

  /** Texts × types seen in an engine's life: a few hundred; the bound keeps a stray one cheap. */
  private static final int SHAPES = 5_000;

  /** After every plugin's statements are added (Tasklist's bounded count is one). */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Configuration mybatis =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getSqlSessionFactory()
            .getConfiguration();
    Parses parses = new Parses(mybatis);
    // Each statement is there under its full and its short name.
    Map<MappedStatement, Boolean> seen = new IdentityHashMap<>();
    for (Object each : mybatis.getMappedStatements()) {
      if (each instanceof MappedStatement statement
          && seen.put(statement, Boolean.TRUE) == null
          && statement.getSqlSource() instanceof DynamicSqlSource dynamic) {
        write(SQL_SOURCE, statement, new ParsedOnce(mybatis, read(ROOT, dynamic), dynamic, parses));
      }
    }
  }

  /** A dynamic statement whose text, once made, is parsed once per shape. */
  static final class ParsedOnce implements SqlSource {

    private final Configuration configuration;
    private final SqlNode root;
    private final DynamicSqlSource original;
    private final Parses parses;

    ParsedOnce(
        Configuration configuration, SqlNode root, DynamicSqlSource original, Parses parses) {
      this.configuration = configuration;
      this.root = root;
      this.original = original;
      this.parses = parses;
    }

    /** As {@link DynamicSqlSource#getBoundSql}, the parse remembered. */
    @Override
    public BoundSql getBoundSql(Object parameterObject) {
      DynamicContext context = new DynamicContext(configuration, parameterObject);
      root.apply(context);
      Class<?> parameterType = parameterObject == null ? Object.class : parameterObject.getClass();
      SqlSource parsed = parses.of(context.getSql(), parameterType, context.getBindings());
      BoundSql bound = parsed.getBoundSql(parameterObject);
      context.getBindings().forEach(bound::setAdditionalParameter);
      return bound;
    }

    /** MyBatis' own, for comparison. */
    DynamicSqlSource original() {
      return original;
    }
  }

  /** The parses of one engine's statements. */
  static final class Parses {

    private final Configuration configuration;
    private final Cache<Shape, Optional<SqlSource>> remembered =
        Caffeine.newBuilder().maximumSize(SHAPES).build();

    Parses(Configuration configuration) {
      this.configuration = configuration;
    }

    /**
     * A shape seen before, parsed then; else parsed now, and kept for the next time if its types
     * follow from the shape (two threads meeting a new shape at once each parse it: the same).
     */
    SqlSource of(String sql, Class<?> parameterType, Map<String, Object> bindings) {
      Shape shape = new Shape(sql, parameterType, classes(bindings));
      Optional<SqlSource> known = remembered.getIfPresent(shape);
      if (known != null && known.isPresent()) {
        return known.get();
      }
      SqlSource parsed = new SqlSourceBuilder(configuration).parse(sql, parameterType, bindings);
      if (known != null) {
        return parsed;
      }
      Optional<SqlSource> kept = rememberable(parsed, bindings);
      remembered.put(shape, kept);
      return kept.orElse(parsed);
    }

    /**
     * The parse, its mappings unmodifiable as they are shared, unless one of them took its type
     * from deeper in a bound value than the value's own class tells.
     */
    private Optional<SqlSource> rememberable(SqlSource parsed, Map<String, Object> bindings) {
      BoundSql bound = parsed.getBoundSql(null);
      for (ParameterMapping mapping : bound.getParameterMappings()) {
        if (!typedByShape(mapping.getProperty(), bindings)) {
          return Optional.empty();
        }
      }
      return Optional.of(
          new StaticSqlSource(
              configuration, bound.getSql(), List.copyOf(bound.getParameterMappings())));
    }

    /**
     * Where MyBatis finds a parameter's type ({@code SqlSourceBuilder.buildParameterMapping}): a
     * bound value's own class, or a property of that class, are in the shape; a property of the
     * parameter object is found in its class, also in the shape. Anything deeper in a bound value
     * is found in the values themselves.
     */
    private boolean typedByShape(String property, Map<String, Object> bindings) {
      if (property == null) {
        return true;
      }
      if (property.indexOf('[') >= 0) {
        return false;
      }
      int dot = property.indexOf('.');
      if (dot < 0 || !bindings.containsKey(property.substring(0, dot))) {
        return true;
      }
      Object value = bindings.get(property.substring(0, dot));
      return property.indexOf('.', dot + 1) < 0 && (value == null || isBean(value));
    }

    /** What MyBatis reads through its bean wrapper, by the class's getters. */
    private boolean isBean(Object value) {
      return !(value instanceof Map
          || value instanceof Collection
          || value instanceof ObjectWrapper
          || value.getClass().isArray()
          || configuration.getObjectWrapperFactory().hasWrapperFor(value));
    }

    private static Map<String, Class<?>> classes(Map<String, Object> bindings) {
      Map<String, Class<?>> classes = new HashMap<>();
      bindings.forEach((name, value) -> classes.put(name, value == null ? null : value.getClass()));
      return classes;
    }
  }

  /** What a parse depends on. */
  record Shape(String sql, Class<?> parameterType, Map<String, Class<?>> bindings) {}

  private static final Field ROOT = field(DynamicSqlSource.class, "rootSqlNode");
  private static final Field SQL_SOURCE = field(MappedStatement.class, "sqlSource");

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException renamed) {
      throw new IllegalStateException(
          "MyBatis " + type.getSimpleName() + " has no field " + name + " (ADR 2)", renamed);
    }
  }

  private static SqlNode read(Field field, Object from) {
    try {
      return (SqlNode) field.get(from);
    } catch (IllegalAccessException refused) {
      throw new IllegalStateException(refused);
    }
  }

  private static void write(Field field, Object on, Object value) {
    try {
      field.set(on, value);
    } catch (IllegalAccessException refused) {
      throw new IllegalStateException(refused);
    }
  }
}
