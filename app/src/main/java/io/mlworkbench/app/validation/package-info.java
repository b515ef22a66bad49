/**
 * The Validate step: choose a dataset version, put a suite of Great Expectations rules together from the
 * suggester's proposals (accept, edit or reject each) or by hand in a rule editor whose form is made from each
 * rule's parameter declaration, save it as a suite version, run it in the background, and read the results with
 * failed rules first and the failing rows of the dataset one click away.
 */
package io.mlworkbench.app.validation;
