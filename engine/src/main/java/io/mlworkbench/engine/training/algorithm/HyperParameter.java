package io.mlworkbench.engine.training.algorithm;

import java.util.List;

/**
 * One hyperparameter of an algorithm, declared once: its name, type, range, default and description. The GUI
 * builds its form from it, the command line its options, the tuner its search space, and the run record stores
 * the values it validated.
 *
 * <p>Every parameter maps its values onto the unit interval ({@link #fromUnit(double)} and
 * {@link #toUnit(Object)}), which is the space random search and TPE sample in.
 */
public sealed interface HyperParameter permits IntegerParameter, DecimalParameter, ChoiceParameter {

    /** @return the parameter's name, e.g. {@code maxDepth} */
    String name();

    /** @return one sentence saying what it does, for tooltips and {@code --help} */
    String description();

    /** @return the value used when the user gives none */
    Object defaultValue();

    /** @return a short type-and-range text, e.g. {@code integer in [1, 20]} */
    String rangeText();

    /**
     * Checks and normalises a value (e.g. a JSON number into an Integer).
     *
     * @param value the value given by a user, a tuner or a stored record
     * @return the normalised value
     * @throws InvalidParameterException naming the parameter, the value and the expected range
     */
    Object validate(Object value);

    /**
     * Parses a value typed on the command line or in a form.
     *
     * @param text the text
     * @return the validated value
     * @throws InvalidParameterException when it is not a valid value
     */
    Object parse(String text);

    /**
     * @param unit a number in [0, 1]
     * @return the value at that position of the range (log-spaced where the parameter is)
     */
    Object fromUnit(double unit);

    /**
     * @param value a valid value
     * @return its position in [0, 1]
     */
    double toUnit(Object value);

    /**
     * @param points how many values at most
     * @return evenly spread values for grid search, default included for choices
     */
    List<Object> grid(int points);
}
