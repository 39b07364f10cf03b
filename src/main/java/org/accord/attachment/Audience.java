package org.accord.attachment;

import java.util.List;
import org.accord.security.CurrentUser;

/**
 * Who asks for attachments: the agency's staff, who see every one, or the representatives of these
 * partners, who see the shared ones of their partners' agreements. The rule itself is the query's
 * ({@code AttachmentMapper.xml}, {@code visibleTo}), the one place every read goes through.
 */
public record Audience(boolean staff, List<String> partnerCodes) {

  static Audience of(CurrentUser user) {
    return new Audience(user.isInternal(), user.isInternal() ? List.of() : user.partnerCodes());
  }
}
