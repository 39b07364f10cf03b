package org.accord.publication;

import java.util.List;

/** One page of the publications the user may read, newest first, with how many there are. */
public record PublicationPage(long total, int page, int size, List<Publication> publications) {}
