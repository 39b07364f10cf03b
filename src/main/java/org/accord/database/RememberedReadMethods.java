package org.accord.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.springframework.stereotype.Component;

/**
 * MyBatis' expression language (OGNL 3.4.2, inside MyBatis 3.5.15, ADR 2) reads a property that has
 * no JavaBean getter by a method of the property's own name, as Camunda's mappings test {@code
 * query.isOrQueryActive} or {@code authCheck.shouldPerformAuthorizatioCheck}, and it looks that
 * method up again on every read: it copies all of the class's public methods and compares each
 * name, lower-cased, with the property's. Camunda's task query has some 400 public methods and is
 * read so hundreds of times to build its SQL. A JFR profile of Tasklist's first page on the
 * million-agreement database found 5 % of its time there (issue 22).
 *
 * <p>Here the method OGNL finds is remembered per class and property name, for every object
 * MyBatis' expressions read (both Camunda's statements and Accord's). What is read does not change:
 * the method is the one OGNL finds, by the same two lookups in the same order, and OGNL's own
 * access check and field fallback follow as before ({@code RememberedReadMethodsTest} compares the
 * two on Camunda's own expressions).
 */
@Component
class RememberedReadMethods extends AbstractProcessEnginePlugin {

  static final List<Class<?>> TASKLISTS_QUERIES =
      List.of(
          TaskQueryImpl.class,
          AuthorizationCheck.class,
          CompositePermissionCheck.class,
          PermissionCheck.class,
          TenantCheck.class,
          QueryOrderingProperty.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    rememberEverywhere();
  }

  /**
   * OGNL keeps one accessor per class for the whole JVM, and remembers for each class the one it
   * found first: this is set before the engine reads anything, for every class, and by name for the
   * classes Tasklist's queries are read through, which an engine built earlier in the same JVM (a
   * test's) may have read already. Setting it again changes nothing.
   */
  static synchronized void rememberEverywhere() {
    try {
      if (!(OgnlRuntime.getPropertyAccessor(Object.class) instanceof Accessor)) {
        Accessor accessor = new Accessor();
        OgnlRuntime.setPropertyAccessor(Object.class, accessor);
        TASKLISTS_QUERIES.forEach(type -> OgnlRuntime.setPropertyAccessor(type, accessor));
      }
    } catch (OgnlException unexpected) {
      throw new IllegalStateException("OGNL has no accessor for objects", unexpected);
    }
  }

  /** OGNL's own accessor of plain objects, with the method it reads a property by remembered. */
  static final class Accessor extends ObjectPropertyAccessor {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final ClassValue<Map<String, Optional<Method>>> readMethods =
        new ClassValue<>() {
          @Override
          protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
          }
        };

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name)
        throws OgnlException {
      if (target == null) {
        return super.getPossibleProperty(context, target, name);
      }
      try {
        Method read = readMethod(target.getClass(), name);
        if (read == null || !context.getMemberAccess().isAccessible(context, target, read, name)) {
          return OgnlRuntime.getFieldValue(context, target, name, true);
        }
        return OgnlRuntime.invokeMethod(target, read, NO_ARGUMENTS);
      } catch (InvocationTargetException failed) {
        throw new OgnlException(name, failed.getTargetException());
      } catch (Exception failed) {
        throw new OgnlException(name, failed);
      }
    }

    /** The JavaBean getter, else a method of the property's name: OGNL's two lookups, in order. */
    private Method readMethod(Class<?> type, String name) {
      return readMethods
          .get(type)
          .computeIfAbsent(
              name,
              property -> {
                Method getter = OgnlRuntime.getGetMethod(type, property);
                return Optional.ofNullable(
                    getter != null ? getter : OgnlRuntime.getReadMethod(type, property, null));
              })
          .orElse(null);
    }
  }
}
