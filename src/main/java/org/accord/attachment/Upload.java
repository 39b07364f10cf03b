package org.accord.attachment;

import java.io.InputStream;

/**
 * An upload as a client sent it, not yet checked: the parts of the form as text, so that each one
 * wrong is named, and the file's bytes as a stream read once. {@code subject} is a {@link
 * SubjectKind} (the agreement itself when absent), {@code subjectNumber} says which one when the
 * kind is numbered; {@code visibility} may be absent for a partner, whose files are always shared.
 */
public record Upload(
    String subject,
    String subjectNumber,
    String type,
    String visibility,
    String description,
    String fileName,
    InputStream content) {}
