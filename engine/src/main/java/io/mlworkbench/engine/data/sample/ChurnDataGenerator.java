package io.mlworkbench.engine.data.sample;

import io.mlworkbench.engine.WorkbenchException;
import io.mlworkbench.engine.store.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a realistic, seeded telecom churn table (customers, contracts, charges, a churn label).
 *
 * <p>The label follows a known logistic model (month-to-month contracts, short tenure, fibre internet, electronic
 * cheques and high charges raise churn), so a good model reaches an ROC AUC around 0.85, not 1.0. A few
 * {@code total_charges} are blank for brand-new customers, as in the well-known public telco data. Drift can be
 * injected to try monitoring: {@code drift > 0} shifts charges up, tenure down and contracts toward month-to-month.
 * Same seed, rows and drift: same bytes.
 */
public final class ChurnDataGenerator {

    /** The header, in column order. */
    public static final String HEADER = "customer_id,gender,senior_citizen,partner,dependents,tenure_months,"
            + "phone_service,internet_service,contract,paperless_billing,payment_method,monthly_charges,"
            + "total_charges,support_tickets,signup_date,churn";

    private static final String[] INTERNET = {"DSL", "Fiber optic", "No"};
    private static final String[] CONTRACT = {"Month-to-month", "One year", "Two year"};
    private static final String[] PAYMENT = {"Electronic check", "Mailed check", "Bank transfer", "Credit card"};
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    private final long seed;
    private final double drift;

    /**
     * @param seed the random seed
     * @param drift 0 for the reference population; 0.1 to 1 for increasingly shifted data
     */
    public ChurnDataGenerator(long seed, double drift) {
        if (drift < 0 || drift > 1) {
            throw new WorkbenchException("Drift must be between 0 and 1, got " + drift);
        }
        this.seed = seed;
        this.drift = drift;
    }

    /**
     * Regenerates a sample file: {@code ChurnDataGenerator FILE ROWS SEED DRIFT}.
     *
     * @param args the target file, the row count, the seed and the drift
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new WorkbenchException("Usage: ChurnDataGenerator FILE ROWS SEED DRIFT (got " + args.length
                    + " arguments)");
        }
        new ChurnDataGenerator(Long.parseLong(args[2]), Double.parseDouble(args[3]))
                .writeCsv(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /**
     * Writes {@code rows} customers as CSV with a header, atomically (a temporary file renamed into place).
     *
     * @param target the CSV file to write
     * @param rows how many customers, at least 1
     */
    public void writeCsv(Path target, int rows) {
        if (rows < 1) {
            throw new WorkbenchException("Rows must be at least 1, got " + rows);
        }
        try {
            AtomicFile.write(target, file -> {
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                write(out, rows);
                out.flush();
            });
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write sample data to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code rows} customers as CSV with a header.
     *
     * @param out where to write
     * @param rows how many customers
     */
    public void write(Writer out, int rows) {
        SplittableRandom random = new SplittableRandom(seed);
        try {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row(random, i));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String row(SplittableRandom r, int index) {
        String gender = r.nextBoolean() ? "Female" : "Male";
        boolean senior = r.nextDouble() < 0.16;
        boolean partner = r.nextDouble() < 0.48;
        boolean dependents = r.nextDouble() < (partner ? 0.5 : 0.1);
        int contract = pick(r, new double[] {0.55 + 0.3 * drift, 0.21 - 0.15 * drift, 0.24 - 0.15 * drift});
        double tenureMean = switch (contract) {
            case 0 -> 18;
            case 1 -> 40;
            default -> 56;
        } * (1 - 0.4 * drift);
        int tenure = (int) Math.max(0, Math.min(72, Math.round(-tenureMean * Math.log(1 - r.nextDouble()))));
        boolean phone = r.nextDouble() < 0.9;
        int internet = pick(r, new double[] {0.34, 0.44 + 0.1 * drift, 0.22 - 0.1 * drift});
        boolean paperless = r.nextDouble() < 0.59;
        int payment = pick(r, new double[] {0.34, 0.23, 0.22, 0.21});
        double base = (phone ? 20 : 0) + switch (internet) {
            case 0 -> 30;
            case 1 -> 55;
            default -> 0;
        };
        double monthly = Math.max(18.25, base + 25 * r.nextDouble() + 12 * drift + gaussian(r) * 4);
        monthly = Math.round(monthly * 100) / 100.0;
        String total = tenure == 0 ? "" : String.format(Locale.ROOT, "%.2f",
                monthly * tenure * (0.95 + 0.1 * r.nextDouble()));
        int tickets = poisson(r, 0.6 + (internet == 1 ? 0.6 : 0) + 0.8 * drift);
        LocalDate signup = AS_OF.minusMonths(tenure).minusDays(r.nextInt(28));

        double logit = -1.4 + (contract == 0 ? 1.5 : contract == 1 ? 0 : -1.3)
                - 0.035 * tenure + (internet == 1 ? 0.7 : internet == 2 ? -0.6 : 0)
                + (payment == 0 ? 0.55 : 0) + 0.012 * (monthly - 65) + 0.25 * tickets
                + (senior ? 0.3 : 0) + (partner ? -0.2 : 0) + (paperless ? 0.2 : 0);
        boolean churn = r.nextDouble() < 1 / (1 + Math.exp(-logit));

        return String.join(",", String.format(Locale.ROOT, "C%06d", index + 1), gender, senior ? "1" : "0",
                yesNo(partner), yesNo(dependents), Integer.toString(tenure), yesNo(phone), INTERNET[internet],
                CONTRACT[contract], yesNo(paperless), PAYMENT[payment],
                String.format(Locale.ROOT, "%.2f", monthly), total, Integer.toString(tickets), signup.toString(),
                yesNo(churn));
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static int poisson(SplittableRandom r, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
