package org.accord.attachment;

import java.util.List;

/** One page of attachments, newest first, with how many there are in all. */
public record AttachmentPage(long total, int page, int size, List<Attachment> attachments) {}
