package org.accord.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.processes.ModelExpressions.Expression;
import org.accord.processes.ModelExpressions.Use;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** Each kind of mistake a model's expression can hold is caught, and a sound expression is not. */
class ExpressionCheckTest {

  /** A bean that expressions call, as TaskDeadlines is. */
  public static class Deadlines {
    public Date due(String task) {
      return new Date();
    }

    public String getZone() {
      return "UTC";
    }
  }

  /** A service task's delegate. */
  public static class Notify implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {}
  }

  /** An execution listener, which a service task cannot call. */
  public static class Status implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {}
  }

  private final GenericApplicationContext beans = new GenericApplicationContext();

  private ExpressionCheck check(String... extraBeans) {
    beans.registerBean("deadlines", Deadlines.class, Deadlines::new);
    beans.registerBean("notifyDelegate", Notify.class, Notify::new);
    beans.registerBean("statusListener", Status.class, Status::new);
    for (String bean : extraBeans) {
      beans.registerBean(bean, Deadlines.class, Deadlines::new);
    }
    beans.refresh();
    return new ExpressionCheck(
        new JuelExpressionManager(),
        beans,
        Map.of("a-process", Set.of("screeningDecision", "approverGroup")));
  }

  @AfterEach
  void close() {
    beans.close();
  }

  private static Expression value(String text) {
    return new Expression("a.bpmn", "a-process", "aTask", "userTask@dueDate", text, Use.VALUE);
  }

  private static Expression delegate(String text, Use use) {
    return new Expression("a.bpmn", "a-process", "aTask", "delegateExpression", text, use);
  }

  @Test
  void soundExpressions_haveNoProblems() {
    ExpressionCheck check = check();

    for (String sound :
        List.of(
            "${deadlines.due('screenProposal')}",
            "${deadlines.zone}",
            "${screeningDecision == 'ACCEPT' && approverGroup != null}",
            "#{execution.processBusinessKey}",
            "${task.assignee == authenticatedUserId}",
            "partnership-officers")) {
      assertThat(check.problems(value(sound))).as(sound).isEmpty();
    }
    assertThat(check.problems(delegate("${notifyDelegate}", Use.JAVA_DELEGATE))).isEmpty();
    assertThat(check.problems(delegate("${statusListener}", Use.EXECUTION_LISTENER))).isEmpty();
    assertThat(check.beansNamedLikeVariables()).isEmpty();
  }

  @Test
  void aMisspeltBean_isNeitherBeanNorVariable() {
    assertThat(check().problems(value("${deadline.due('screenProposal')}")))
        .singleElement()
        .asString()
        .contains("deadline is neither a bean, a name the engine provides nor a process variable");
  }

  @Test
  void anUnknownVariable_isReported() {
    assertThat(check().problems(value("${screeningDecison == 'ACCEPT'}")))
        .singleElement()
        .asString()
        .contains("screeningDecison is neither");
  }

  @Test
  void aMethodTheBeanLacks_isReported() {
    assertThat(check().problems(value("${deadlines.dueBy('screenProposal')}")))
        .singleElement()
        .asString()
        .contains("deadlines (Deadlines) has no public method dueBy taking 1 parameter(s)");
  }

  @Test
  void aCallWithTheWrongNumberOfArguments_isReported() {
    assertThat(check().problems(value("${deadlines.due('screenProposal', execution)}")))
        .singleElement()
        .asString()
        .contains("has no public method due taking 2 parameter(s)");
  }

  @Test
  void aPropertyWithoutGetter_isReported_onBeansAndOnTheExecution() {
    ExpressionCheck check = check();

    assertThat(check.problems(value("${deadlines.timeZone}")))
        .singleElement()
        .asString()
        .contains("deadlines (Deadlines) has no property timeZone");
    assertThat(check.problems(value("#{execution.processBusinesKey}")))
        .singleElement()
        .asString()
        .contains("execution (DelegateExecution) has no property processBusinesKey");
  }

  @Test
  void anUnparsableExpression_isReported() {
    assertThat(check().problems(value("${deadlines.due('screenProposal'}")))
        .singleElement()
        .asString()
        .contains("does not parse");
  }

  @Test
  void aBeanNamedLikeAVariable_shadowsIt() {
    ExpressionCheck check = check("screeningDecision");

    assertThat(check.problems(value("${screeningDecision == 'ACCEPT'}")))
        .singleElement()
        .asString()
        .contains("bean screeningDecision shadows the process variable screeningDecision");
    assertThat(check.beansNamedLikeVariables())
        .containsExactly("bean screeningDecision is named like a variable of a-process");
  }

  @Test
  void aDelegateExpression_namesABeanOfTheKindItsElementCalls() {
    ExpressionCheck check = check();

    assertThat(check.problems(delegate("${statusListener}", Use.JAVA_DELEGATE)))
        .singleElement()
        .asString()
        .contains("bean statusListener is none of [JavaDelegate, ActivityBehavior]");
    assertThat(check.problems(delegate("${notifyDelegate}", Use.TASK_LISTENER)))
        .singleElement()
        .asString()
        .contains("is none of [TaskListener]");
    assertThat(check.problems(delegate("${deadlines.due('x')}", Use.JAVA_DELEGATE)))
        .singleElement()
        .asString()
        .contains("a delegate expression must name a bean");
  }
}
