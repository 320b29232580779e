package io.camelcj.benchmarks;

/**
 * One line of the results table: a figure measured with camel-cj, the baseline it is compared with (measured in the
 * same run, or a bound computed from measured counts), and their ratio.
 */
public record ResultRow(String benchmark, String figure, String measured, String baseline, String ratio,
                        String notes) {

    /** A row whose ratio is measured ÷ baseline, both numbers shown with {@code decimals}. */
    public static ResultRow compare(String benchmark, String figure, double measured, double baseline, int decimals,
                                    String notes) {
        return new ResultRow(benchmark, figure, Format.number(measured, decimals), Format.number(baseline, decimals),
                baseline == 0 ? "n/a" : Format.number(measured / baseline, 2), notes);
    }
}
