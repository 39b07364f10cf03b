/**
 * What every feature's web layer shares: how errors are answered and how a request's path reads.
 */
@NamedInterface("web")
package org.accord.shared.web;

import org.springframework.modulith.NamedInterface;
