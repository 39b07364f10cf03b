package org.accord.tasklist;

import java.io.IOException;
import java.io.InputStream;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Counts tasks up to a bound where {@link BoundedTaskCounts} asks for it: Camunda's task count
 * statement is exchanged, at the moment it runs, for {@code bounded-task-count.xml}, which wraps
 * Camunda's own query in a limit. The engine's code and its other statements stay as they are.
 */
@Component
class BoundedTaskCount extends AbstractProcessEnginePlugin {

  static final String CAMUNDAS_COUNT =
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria";
  static final String BOUNDED_COUNT =
      "org.accord.tasklist.BoundedTaskCount.selectTaskCountUpToBound";
  private static final String MAPPER = "org/accord/tasklist/bounded-task-count.xml";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
      // Camunda's fragments are known to the builder, so the statement includes Camunda's query.
      new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException | RuntimeException unreadable) {
      throw new ProcessEngineException("Could not read " + MAPPER, unreadable);
    }
    mybatis.addInterceptor(new UpToTheBound(mybatis.getMappedStatement(BOUNDED_COUNT)));
  }

  @Intercepts(
      @Signature(
          type = Executor.class,
          method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static class UpToTheBound implements Interceptor {

    private final MappedStatement bounded;

    UpToTheBound(MappedStatement bounded) {
      this.bounded = bounded;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      if (BoundedTaskCounts.bounded()
          && CAMUNDAS_COUNT.equals(((MappedStatement) args[0]).getId())) {
        args[0] = bounded;
      }
      return invocation.proceed();
    }
  }
}
