package org.accord.processes;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accord.processes.ModelExpressions.Expression;
import org.accord.processes.ModelExpressions.Use;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.StringUtils;

/**
 * Checks an expression of a model as the engine will meet it: it parses with the engine's own
 * expression manager; each name at its root is a bean, a name the engine provides ({@code
 * execution}, {@code task}…) or a variable of its process; a bean's method exists with as many
 * parameters as the call passes, and a bean's property has a getter; a delegate expression names a
 * bean of the kind its element calls.
 *
 * <p>No bean may be named like a process variable. Camunda's resolvers look at the variables first
 * and at the beans when the variable is not set, so {@code ${screeningDecision == 'ACCEPT'}} with a
 * bean {@code screeningDecision} compares the bean when the variable is missing: a silently wrong
 * path instead of an incident.
 */
final class ExpressionCheck {

  /** The names the engine gives every expression, with the types of those that have one. */
  private static final Map<String, Class<?>> ENGINE_NAMES =
      Map.of(
          VariableScopeElResolver.EXECUTION_KEY, DelegateExecution.class,
          VariableScopeElResolver.TASK_KEY, DelegateTask.class,
          VariableScopeElResolver.LOGGED_IN_USER_KEY, String.class,
          VariableScopeElResolver.CASE_EXECUTION_KEY, Object.class,
          VariableScopeElResolver.EXTERNAL_TASK_KEY, Object.class);

  private static final Set<String> ENGINE_FUNCTIONS =
      Set.of(
          CommandContextFunctions.CURRENT_USER,
          CommandContextFunctions.CURRENT_USER_GROUPS,
          DateTimeFunctions.NOW,
          DateTimeFunctions.DATE_TIME);

  /** What the engine accepts from a delegate expression, by where it is used. */
  private static final Map<Use, List<Class<?>>> DELEGATES =
      Map.of(
          Use.JAVA_DELEGATE, List.of(JavaDelegate.class, ActivityBehavior.class),
          Use.EXECUTION_LISTENER, List.of(ExecutionListener.class, JavaDelegate.class),
          Use.TASK_LISTENER, List.of(TaskListener.class));

  /** The engine's parser accepts method calls and varargs (JUEL's JEE6 profile): so does this. */
  private static final Builder TREES =
      new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final ExpressionManager engine;
  private final ListableBeanFactory beans;
  private final Map<String, Set<String>> variablesByProcess;

  /**
   * @param variablesByProcess the variables each process may hold, by process key
   */
  ExpressionCheck(
      ExpressionManager engine,
      ListableBeanFactory beans,
      Map<String, Set<String>> variablesByProcess) {
    this.engine = engine;
    this.beans = beans;
    this.variablesByProcess = variablesByProcess;
  }

  /** What is wrong with the expression, each problem naming where it is; empty if nothing. */
  List<String> problems(Expression expression) {
    List<String> problems = new ArrayList<>();
    Tree tree;
    try {
      engine.createExpression(expression.text());
      tree = TREES.build(expression.text());
    } catch (RuntimeException unparsable) {
      problems.add(expression.where() + ": does not parse: " + unparsable.getMessage());
      return problems;
    }
    Set<String> variables = variablesByProcess.getOrDefault(expression.process(), Set.of());
    visit(tree.getRoot(), variables, problems);
    if (expression.use() != Use.VALUE) {
      delegate(tree, DELEGATES.get(expression.use()), problems);
    }
    return problems.stream().map(problem -> expression.where() + ": " + problem).toList();
  }

  /** The beans named like a variable of some process. */
  List<String> beansNamedLikeVariables() {
    Set<String> named = new TreeSet<>();
    for (String bean : beans.getBeanDefinitionNames()) {
      for (Map.Entry<String, Set<String>> process : variablesByProcess.entrySet()) {
        if (process.getValue().contains(bean)) {
          named.add("bean " + bean + " is named like a variable of " + process.getKey());
        }
      }
    }
    return List.copyOf(named);
  }

  private void visit(Node node, Set<String> variables, List<String> problems) {
    if (node instanceof AstIdentifier identifier) {
      name(identifier.getName(), variables, problems);
    } else if (node instanceof AstFunction function
        && !ENGINE_FUNCTIONS.contains(function.getName())) {
      problems.add(function.getName() + "() is not a function the engine provides");
    }
    if (node instanceof AstMethod method) {
      AstProperty property = (AstProperty) method.getChild(0);
      Node parameters = method.getChild(1);
      if (property instanceof AstDot dot) {
        member(dot, parameters.getCardinality(), problems);
      }
      // The property itself is the method's name, not a property to read: walk what it is of.
      for (int i = 0; i < property.getCardinality(); i++) {
        visit(property.getChild(i), variables, problems);
      }
      visit(parameters, variables, problems);
      return;
    }
    if (node instanceof AstDot dot) {
      member(dot, -1, problems);
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      visit(node.getChild(i), variables, problems);
    }
  }

  private void name(String name, Set<String> variables, List<String> problems) {
    boolean bean = beans.containsBean(name);
    if (bean && variables.contains(name)) {
      problems.add("bean " + name + " shadows the process variable " + name);
    } else if (!bean && !ENGINE_NAMES.containsKey(name) && !variables.contains(name)) {
      problems.add(name + " is neither a bean, a name the engine provides nor a process variable");
    }
  }

  /**
   * A method call ({@code arity} parameters) or property read ({@code arity} -1) of a bean or of a
   * name the engine provides; members of variables are not known until the process runs.
   */
  private void member(AstDot dot, int arity, List<String> problems) {
    if (!(dot.getChild(0) instanceof AstIdentifier owner)) {
      return;
    }
    Class<?> type = typeOf(owner.getName());
    if (type == null || type == Object.class) {
      return;
    }
    // JUEL prints a dot as ". name"; it has no other public way to tell the name.
    String member = dot.toString().substring(2);
    if (arity >= 0 && !hasMethod(type, member, arity)) {
      problems.add(
          owner.getName()
              + " ("
              + type.getSimpleName()
              + ") has no public method "
              + member
              + " taking "
              + arity
              + " parameter(s) in a public class");
    } else if (arity < 0
        && !hasMethod(type, "get" + StringUtils.capitalize(member), 0)
        && !hasMethod(type, "is" + StringUtils.capitalize(member), 0)) {
      problems.add(owner.getName() + " (" + type.getSimpleName() + ") has no property " + member);
    }
  }

  private Class<?> typeOf(String name) {
    if (beans.containsBean(name)) {
      return AopProxyUtils.ultimateTargetClass(beans.getBean(name));
    }
    return ENGINE_NAMES.get(name);
  }

  /** JUEL calls only a public method of a public class: one of a package-private bean fails. */
  private static boolean hasMethod(Class<?> type, String name, int arity) {
    return Arrays.stream(type.getMethods())
        .anyMatch(
            method ->
                method.getName().equals(name)
                    && Modifier.isPublic(method.getDeclaringClass().getModifiers())
                    && (method.getParameterCount() == arity
                        || method.isVarArgs() && arity >= method.getParameterCount() - 1));
  }

  /** A delegate expression is {@code ${bean}}, a bean of one of these types. */
  private void delegate(Tree tree, List<Class<?>> accepted, List<String> problems) {
    if (tree.getRoot() instanceof AstEval eval
        && eval.getChild(0) instanceof AstIdentifier identifier
        && beans.containsBean(identifier.getName())) {
      String name = identifier.getName();
      if (accepted.stream().noneMatch(type -> beans.isTypeMatch(name, type))) {
        problems.add(
            "bean "
                + name
                + " is none of "
                + accepted.stream().map(Class::getSimpleName).toList()
                + ", which this delegate expression must be");
      }
    } else {
      problems.add("a delegate expression must name a bean, as ${bean}");
    }
  }
}
