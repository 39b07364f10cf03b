package org.accord.conceptnote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code accord.concept-notes.*}: how long a member has to answer the officers' question before the
 * note comes back to review without it (ISO 8601, 30 days by default).
 */
@ConfigurationProperties("accord.concept-notes")
public record ConceptNoteProperties(@DefaultValue("P30D") Duration answerWithin) {}
