package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Member;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.ognl.MemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.task.DelegationState;
import org.junit.jupiter.api.Test;

/**
 * The remembered read methods read what OGNL's own accessor reads: every name Camunda's task,
 * authorization and shared mappings test, on task queries of several shapes and on the checks and
 * orderings the mappings reach through them.
 */
class RememberedReadMethodsTest {

  private static final List<String> MAPPINGS =
      List.of("Task.xml", "Authorization.xml", "Commons.xml", "Filter.xml", "VariableInstance.xml");

  private static final Pattern EXPRESSION = Pattern.compile("(?:test|collection)=\"([^\"]*)\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> OGNL_WORDS =
      Set.of("and", "or", "not", "null", "true", "false", "eq", "neq", "lt", "gt", "lte", "gte");

  @Test
  void readsWhatOgnlReads_forEveryNameCamundasMappingsTest() throws Exception {
    Set<String> names = namesInCamundasMappings();
    PropertyAccessor ognls = new ObjectPropertyAccessor();
    PropertyAccessor remembered = new RememberedReadMethods.Accessor();
    int values = 0;
    int compared = 0;

    for (Object target : targets()) {
      OgnlContext context = Ognl.createDefaultContext(target, new PublicMembers());
      for (String name : names) {
        // Twice: the second read is the remembered one.
        for (int read = 0; read < 2; read++) {
          Outcome expected = Outcome.of(() -> ognls.getProperty(context, target, name));
          Outcome actual = Outcome.of(() -> remembered.getProperty(context, target, name));
          assertThat(actual)
              .as("%s of %s", name, target.getClass().getSimpleName())
              .isEqualTo(expected);
          compared++;
          values += expected.failure() == null ? 1 : 0;
        }
      }
    }

    assertThat(names).as("names the mappings test").hasSizeGreaterThan(150);
    assertThat(values).as("reads that found a value, not only failures alike").isGreaterThan(300);
    assertThat(compared).isGreaterThan(values);
  }

  /** Task queries of several shapes, and the objects Camunda's mappings read through them. */
  private static List<Object> targets() {
    TaskQueryImpl plain = new TaskQueryImpl();
    TaskQueryImpl tasklists = new TaskQueryImpl();
    tasklists
        .taskCandidateGroupIn(List.of("partnership-officers", "legal"))
        .includeAssignedTasks()
        .taskNameLike("%review%")
        .dueBefore(new Date(0))
        .taskDelegationState(DelegationState.PENDING)
        .orderByDueDate()
        .asc();
    TaskQueryImpl orQueries = new TaskQueryImpl();
    orQueries.or().taskCandidateUser("officer").taskAssignee("officer").endOr().active();
    AuthorizationCheck check = tasklists.getAuthCheck();
    check.setAuthorizationCheckEnabled(true);
    check.setAuthUserId("officer");
    check.setAuthGroupIds(List.of("partnership-officers"));
    PermissionCheck permission = new PermissionCheck();
    permission.setResourceIdQueryParam("RES.ID_");
    check.getPermissionChecks().addAtomicCheck(permission);
    TenantCheck tenants = tasklists.getTenantCheck();
    tenants.setTenantCheckEnabled(true);
    tenants.setAuthTenantIds(List.of());

    List<Object> targets = new ArrayList<>();
    targets.addAll(List.of(plain, tasklists, orQueries, orQueries.getQueries().get(1)));
    targets.addAll(List.of(check, check.getPermissionChecks(), permission, tenants));
    targets.addAll(tasklists.getOrderingProperties());
    return targets;
  }

  private static Set<String> namesInCamundasMappings() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String mapping : MAPPINGS) {
      try (InputStream xml =
          TaskQueryImpl.class.getResourceAsStream(
              "/org/camunda/bpm/engine/impl/mapping/entity/" + mapping)) {
        Matcher expressions =
            EXPRESSION.matcher(
                new String(
                    Objects.requireNonNull(xml, mapping).readAllBytes(), StandardCharsets.UTF_8));
        while (expressions.find()) {
          Matcher name = NAME.matcher(expressions.group(1).replaceAll("'[^']*'", ""));
          while (name.find()) {
            if (!OGNL_WORDS.contains(name.group())) {
              names.add(name.group());
            }
          }
        }
      }
    }
    return names;
  }

  /** A read's value, or the kind of failure and its message. */
  private record Outcome(Object value, Class<?> failure, String message) {

    interface Read {
      Object get() throws Exception;
    }

    static Outcome of(Read read) {
      try {
        return new Outcome(read.get(), null, null);
      } catch (Exception failed) {
        return new Outcome(null, failed.getClass(), failed.getMessage());
      }
    }
  }

  /** Public members, as MyBatis reads them. */
  private static final class PublicMembers implements MemberAccess {
    @Override
    public Object setup(OgnlContext context, Object target, Member member, String propertyName) {
      return null;
    }

    @Override
    public void restore(
        OgnlContext context, Object target, Member member, String propertyName, Object state) {}

    @Override
    public boolean isAccessible(
        OgnlContext context, Object target, Member member, String propertyName) {
      return true;
    }
  }
}
