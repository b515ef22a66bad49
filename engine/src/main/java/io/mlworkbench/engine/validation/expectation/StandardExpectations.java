package io.mlworkbench.engine.validation.expectation;

import io.mlworkbench.engine.validation.Expectation;
import io.mlworkbench.engine.validation.ExpectationCatalog;
import java.util.List;

/** The expectations the workbench ships, in the order a rule editor lists them: the most used first. */
public final class StandardExpectations {

    private StandardExpectations() {
    }

    /** @return every standard expectation */
    public static List<Expectation> all() {
        return List.of(new NotNullExpectation(), new ValuesBetweenExpectation(), new InSetExpectation(),
                new UniqueExpectation(), new ColumnExistsExpectation(), new RowCountExpectation(),
                new ColumnSetExpectation(), new RegexExpectation(), new OfTypeExpectation(),
                new ColumnStatisticExpectation(ColumnStatisticExpectation.Statistic.MEAN),
                new ColumnStatisticExpectation(ColumnStatisticExpectation.Statistic.MIN),
                new ColumnStatisticExpectation(ColumnStatisticExpectation.Statistic.MAX),
                new DistinctValuesInSetExpectation(), new UniqueProportionExpectation());
    }

    /** @return a catalog of every standard expectation */
    public static ExpectationCatalog catalog() {
        return new ExpectationCatalog(all());
    }
}
