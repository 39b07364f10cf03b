/**
 * What every feature's processes build on: the engine plugins that hold a rule at every task (task
 * inputs, decision rules, agency-only variables), Tasklist's columns and the forms' registers.
 */
@NamedInterface("process")
package org.accord.shared.process;

import org.springframework.modulith.NamedInterface;
