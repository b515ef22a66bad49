package io.mlworkbench.engine.training.compare;

/**
 * The tail probabilities the tests need: Student's t, chi-square and the binomial, through the regularised
 * incomplete beta and gamma functions (continued fractions as in Numerical Recipes, 3rd ed., 6.2 and 6.4).
 */
final class Distributions {

    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    private Distributions() {
    }

    /**
     * @param t the statistic
     * @param df degrees of freedom
     * @return the two-sided p-value P(|T| &gt;= |t|)
     */
    static double studentTwoSided(double t, double df) {
        if (Double.isInfinite(t)) {
            return 0;
        }
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * @param x the statistic
     * @param df degrees of freedom
     * @return P(X &gt;= x) for chi-square with {@code df} degrees of freedom
     */
    static double chiSquareSurvival(double x, double df) {
        return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
    }

    /**
     * @param k successes at most
     * @param n trials
     * @return P(X &lt;= k) for X ~ Binomial(n, 1/2)
     */
    static double binomialHalfCdf(long k, long n) {
        double sum = 0;
        for (long i = 0; i <= k; i++) {
            sum += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1, sum);
    }

    private static double logChoose(long n, long k) {
        return logGamma(n + 1.0) - logGamma(k + 1.0) - logGamma(n - k + 1.0);
    }

    static double logGamma(double x) {
        double[] c = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
            .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
            -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
            -.261908384015814087e-4, .368991826595316234e-5};
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double cj : c) {
            ser += cj / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }

    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = nonZero(d);
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = nonZero(d);
            c = 1 + aa / c;
            c = nonZero(c);
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = nonZero(d);
            c = 1 + aa / c;
            c = nonZero(c);
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    static double regularizedGammaQ(double a, double x) {
        if (x < a + 1) {
            double sum = 1 / a;
            double del = sum;
            double ap = a;
            for (int n = 0; n < MAX_ITERATIONS; n++) {
                ap++;
                del *= x / ap;
                sum += del;
                if (Math.abs(del) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = nonZero(d);
            c = b + an / c;
            c = nonZero(c);
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
