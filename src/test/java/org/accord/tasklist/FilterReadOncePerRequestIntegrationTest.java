package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A filter's read permission, checked once per HTTP request and user, and again in the next. */
@AccordIntegrationTest
class FilterReadOncePerRequestIntegrationTest {

  private static final List<String> OFFICERS = List.of("partnership-officers");

  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;

  private String filter;
  private String grant;

  @BeforeEach
  void aFilterTheOfficerMayRead() {
    Filter saved = filters.saveFilter(filters.newTaskFilter("Read once per request"));
    filter = saved.getId();
    Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    read.setUserId("officer");
    read.setResource(FILTER);
    read.setResourceId(filter);
    read.addPermission(READ);
    grant = authorizations.saveAuthorization(read).getId();
  }

  @AfterEach
  void removeIt() {
    identity.clearAuthentication();
    RequestContextHolder.resetRequestAttributes();
    if (authorizations.createAuthorizationQuery().authorizationId(grant).count() > 0) {
      authorizations.deleteAuthorization(grant);
    }
    filters.deleteFilter(filter);
  }

  @Test
  void aPermissionWithdrawnDuringARequest_holdsForThatRequestOnly() {
    newRequest();
    identity.setAuthentication("officer", OFFICERS);
    assertThat(filters.getFilter(filter)).isNotNull();

    withdrawTheGrant();

    assertThat(filters.getFilter(filter)).as("the same request: checked once").isNotNull();
    newRequest();
    assertThatThrownBy(() -> filters.getFilter(filter))
        .as("the next request")
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void aRefusal_isCheckedAgainEachTime_andAnotherUserInTheSameRequestIsCheckedForThemselves() {
    newRequest();
    identity.setAuthentication("officer", OFFICERS);
    assertThat(filters.getFilter(filter)).isNotNull();

    identity.setAuthentication("jica", List.of("donor-JICA"));
    assertThatThrownBy(() -> filters.getFilter(filter)).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> filters.getFilter(filter)).isInstanceOf(AuthorizationException.class);
  }

  @Test
  void outsideAnHttpRequest_everyReadIsChecked() {
    identity.setAuthentication("officer", OFFICERS);
    assertThat(filters.getFilter(filter)).isNotNull();

    withdrawTheGrant();

    assertThatThrownBy(() -> filters.getFilter(filter)).isInstanceOf(AuthorizationException.class);
  }

  private void withdrawTheGrant() {
    identity.clearAuthentication();
    authorizations.deleteAuthorization(grant);
    identity.setAuthentication("officer", OFFICERS);
  }

  private static void newRequest() {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest()));
  }
}
