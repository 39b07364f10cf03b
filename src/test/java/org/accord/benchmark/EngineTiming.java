package org.accord.benchmark;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.accord.benchmark.TimeAttribution.Frame;
import org.accord.benchmark.TimeAttribution.Part;
import org.accord.document.MouDocument;
import org.accord.document.seal.PadesSeal;
import org.accord.notification.NotificationTemplates;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.ExpressionGetInvocation;
import org.camunda.bpm.engine.impl.delegate.ExpressionSetInvocation;
import org.camunda.bpm.engine.impl.dmn.invocation.DecisionInvocation;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Hooks for {@link TimeAttribution} in an engine and in Accord's beans: engine commands, each
 * delegate, listener and decision the engine invokes, the listeners Accord's engine plugins attach
 * to every user task, every statement and commit, the MoU's typesetting, the seal and the
 * notification templates. Nothing is changed but the time being taken.
 */
final class EngineTiming {

  private EngineTiming() {}

  /** For Accord's application context: its engine, data source and document beans timed. */
  static BeanPostProcessor accordBeans() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof ProcessEngineConfigurationImpl configuration) {
          engine(configuration);
        }
        return bean;
      }

      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource) {
          return TimedJdbc.timed(dataSource);
        }
        if (bean instanceof MouDocument) {
          return timed(bean, "render", Part.DOCUMENTS);
        }
        if (bean instanceof PadesSeal) {
          return timed(bean, "seal", Part.SEAL);
        }
        if (bean instanceof NotificationTemplates) {
          return timed(bean, "render", Part.OUTBOX);
        }
        return bean;
      }
    };
  }

  /** Commands, delegates and plugins' listeners timed; before the engine is built. */
  static ProcessEngineConfigurationImpl engine(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withTimedCommands(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withTimedCommands(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    DelegateInterceptor invoking =
        new org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor();
    configuration.setDelegateInterceptor(
        invocation -> {
          Frame frame = TimeAttribution.enter(partOf(invocation));
          try {
            invoking.handleInvocation(invocation);
          } finally {
            TimeAttribution.exit(frame);
          }
        });
    List<BpmnParseListener> parseListeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            timePluginListeners(definition);
          }
        });
    configuration.setCustomPostBPMNParseListeners(parseListeners);
    return configuration;
  }

  private static List<CommandInterceptor> withTimedCommands(List<CommandInterceptor> custom) {
    List<CommandInterceptor> interceptors = custom == null ? new ArrayList<>() : custom;
    interceptors.add(
        0,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            Frame frame = TimeAttribution.enter(Part.ENGINE);
            try {
              return next.execute(command);
            } finally {
              TimeAttribution.exit(frame);
            }
          }
        });
    return interceptors;
  }

  /**
   * A task listener Accord's code made is a plugin's (the BPMN declares none); an expression that
   * calls a method calls one of Accord's beans (a condition such as {@code ${decision == 'X'}} is
   * the engine's own work).
   */
  private static Part partOf(DelegateInvocation invocation) {
    if (invocation instanceof TaskListenerInvocation) {
      return accords(field(invocation, "taskListenerInstance")) ? Part.PLUGINS : Part.DELEGATES;
    }
    if (invocation instanceof DecisionInvocation) {
      return Part.DMN;
    }
    if (invocation instanceof ExpressionGetInvocation) {
      return ((ValueExpression) field(invocation, "valueExpression"))
              .getExpressionString()
              .contains("(")
          ? Part.DELEGATES
          : Part.ENGINE;
    }
    if (invocation instanceof ExpressionSetInvocation) {
      return Part.ENGINE;
    }
    return Part.DELEGATES;
  }

  /**
   * The engine calls the execution listeners that plugins attach directly, not through the delegate
   * interceptor: each is wrapped once the process is parsed.
   */
  private static void timePluginListeners(ScopeImpl scope) {
    for (List<DelegateListener<?>> listeners : scope.getListeners().values()) {
      listeners.replaceAll(
          listener ->
              accords(listener) && listener instanceof ExecutionListener execution
                  ? (ExecutionListener)
                      delegateExecution -> {
                        Frame frame = TimeAttribution.enter(Part.PLUGINS);
                        try {
                          execution.notify(delegateExecution);
                        } finally {
                          TimeAttribution.exit(frame);
                        }
                      }
                  : listener);
    }
    for (ActivityImpl activity : scope.getActivities()) {
      timePluginListeners(activity);
    }
  }

  private static boolean accords(Object listener) {
    return listener.getClass().getName().startsWith("org.accord.");
  }

  private static Object field(Object invocation, String name) {
    try {
      Field field = invocation.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(invocation);
    } catch (ReflectiveOperationException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static Object timed(Object bean, String method, Part part) {
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(
        (MethodInterceptor)
            invocation -> {
              Frame frame =
                  TimeAttribution.enter(
                      invocation.getMethod().getName().equals(method) ? part : null);
              try {
                return invocation.proceed();
              } finally {
                TimeAttribution.exit(frame);
              }
            });
    return proxy.getProxy(bean.getClass().getClassLoader());
  }
}
