package org.accord.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.impl.util.EnsureUtil.ensureNotNull;

import org.accord.shared.process.EngineManagers;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Checks a user's permission to read a filter once per HTTP request. Tasklist's page of a filter's
 * tasks reads the filter three times, in three commands of Camunda's REST resource (the filter, the
 * page, the count), and each read asked the database whether the user may: 22 % of the page's
 * processor samples under load (JFR, issue 22). The answer is kept in the request, for that user,
 * those groups and that filter, only once the engine has actually checked it and said yes; a
 * refusal, a command with checks off, and every read outside an HTTP request are as Camunda has
 * them. A permission withdrawn while a request runs takes effect from the next request.
 */
@Component
class FilterReadOncePerRequest extends AbstractProcessEnginePlugin {

  private static final String CHECKED = FilterReadOncePerRequest.class.getName() + ".checked:";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineManagers.replace(configuration, FilterManager.class, CheckedOncePerRequest::new);
  }

  static class CheckedOncePerRequest extends FilterManager {

    @Override
    public FilterEntity findFilterById(String filterId) {
      ensureNotNull("Invalid filter id", "filterId", filterId);
      RequestAttributes request = RequestContextHolder.getRequestAttributes();
      String checked = request == null ? null : checkedKey(filterId);
      if (checked == null) {
        checkAuthorization(READ, FILTER, filterId);
      } else if (request.getAttribute(checked, RequestAttributes.SCOPE_REQUEST) == null) {
        // Camunda's own check: throws for a user who may not read the filter.
        checkAuthorization(READ, FILTER, filterId);
        request.setAttribute(checked, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
      }
      return findFilterByIdInternal(filterId);
    }

    /** Null when the engine would not check (no user, or checks off in this command). */
    private String checkedKey(String filterId) {
      Authentication user = getCurrentAuthentication();
      if (!isAuthorizationEnabled()
          || !Context.getCommandContext().isAuthorizationCheckEnabled()
          || user == null
          || user.getUserId() == null) {
        return null;
      }
      return CHECKED + filterId + "\n" + user.getUserId() + "\n" + user.getGroupIds();
    }
  }
}
