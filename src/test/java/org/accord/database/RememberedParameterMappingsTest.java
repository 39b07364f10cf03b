package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.accord.database.RememberedParameterMappings.Parses;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** What a remembered parse may be kept under, and what is parsed every time. */
class RememberedParameterMappingsTest {

  private final Parses parses = new Parses(new Configuration());

  @Test
  void theSameTextTypesAndBoundClasses_areParsedOnce() {
    SqlSource first = parses.of("select #{item}", Object.class, bound("item", 7));

    assertThat(parses.of("select #{item}", Object.class, bound("item", 8))).isSameAs(first);
    assertThat(parses.of("select  #{item}", Object.class, bound("item", 8))).isNotSameAs(first);
  }

  @Test
  void aBoundValueOfAnotherClass_isAnotherShape() {
    assertThat(typeOf("select #{item}", bound("item", 7))).isEqualTo(Integer.class);
    assertThat(typeOf("select #{item}", bound("item", "seven"))).isEqualTo(String.class);
    assertThat(typeOf("select #{item}", bound("item", null))).isEqualTo(Object.class);
  }

  @Test
  void aPropertyOfABoundBean_isTypedByTheBeansClass() {
    assertThat(typeOf("select #{holder.inner}", bound("holder", new Holder(7))))
        .isEqualTo(Object.class);
    assertThat(typeOf("select #{holder.number}", bound("holder", new Holder(7))))
        .isEqualTo(Integer.class);
  }

  @Test
  void anEntryOfABoundMapOrAPropertyDeeperInABoundBean_isParsedEveryTime() {
    assertThat(typeOf("select #{entries.k}", bound("entries", Map.of("k", 7))))
        .isEqualTo(Integer.class);
    assertThat(typeOf("select #{entries.k}", bound("entries", Map.of("k", "seven"))))
        .isEqualTo(String.class);
    assertThat(typeOf("select #{holder.inner.k}", bound("holder", new Holder(Map.of("k", 7)))))
        .isEqualTo(Integer.class);
    assertThat(
            typeOf("select #{holder.inner.k}", bound("holder", new Holder(Map.of("k", "seven")))))
        .isEqualTo(String.class);
    Map<String, Object> entries = bound("entries", Map.of("k", 7));
    assertThat(parses.of("select #{entries.k}", Object.class, entries))
        .isNotSameAs(parses.of("select #{entries.k}", Object.class, entries));
  }

  private Class<?> typeOf(String sql, Map<String, Object> bindings) {
    return parses
        .of(sql, Object.class, bindings)
        .getBoundSql(null)
        .getParameterMappings()
        .get(0)
        .getJavaType();
  }

  private static Map<String, Object> bound(String name, Object value) {
    Map<String, Object> bindings = new HashMap<>();
    bindings.put(name, value);
    return bindings;
  }

  public static class Holder {
    private final Object inner;

    Holder(Object inner) {
      this.inner = inner;
    }

    public Object getInner() {
      return inner;
    }

    public Integer getNumber() {
      return 7;
    }
  }
}
