package org.vademecum.trees;

import java.math.BigDecimal;
import org.vademecum.model.tree.Interval;

/**
 * An interval of doubles, the runtime twin of {@link Interval}: the evaluator and the page's JavaScript
 * ({@code templates/assets/tree.js}, same operations, same names) compare answers with it so that they agree to
 * the last bit. Unbounded sides are infinities.
 */
public record NumRange(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public static NumRange of(Interval i) {
        return new NumRange(i.min() == null ? Double.NEGATIVE_INFINITY : toDouble(i.min()), i.min() != null && i.minInclusive(),
                i.max() == null ? Double.POSITIVE_INFINITY : toDouble(i.max()), i.max() != null && i.maxInclusive());
    }

    static double toDouble(BigDecimal d) {
        return Double.parseDouble(d.toPlainString());
    }

    public boolean contains(double v) {
        if (minInclusive ? v < min : v <= min) return false;
        return maxInclusive ? v <= max : v < max;
    }

    public NumRange intersect(NumRange o) {
        double lo = min;
        boolean loIn = minInclusive;
        if (o.min > lo || (o.min == lo && !o.minInclusive)) {
            lo = o.min;
            loIn = o.minInclusive;
        }
        double hi = max;
        boolean hiIn = maxInclusive;
        if (o.max < hi || (o.max == hi && !o.maxInclusive)) {
            hi = o.max;
            hiIn = o.maxInclusive;
        }
        return new NumRange(lo, loIn, hi, hiIn);
    }

    public boolean isEmpty() {
        return min > max || (min == max && !(minInclusive && maxInclusive));
    }

    /** The whole numbers of this interval, as a closed interval (possibly empty). */
    public NumRange integers() {
        double lo = Math.ceil(min);
        if (lo == min && !minInclusive) lo += 1;
        double hi = Math.floor(max);
        if (hi == max && !maxInclusive) hi -= 1;
        return new NumRange(lo, true, hi, true);
    }

    /** True when every number of {@code inner} is in this interval. */
    public boolean containsAll(NumRange inner) {
        if (inner.isEmpty()) return true;
        boolean lowOk = inner.min > min || (inner.min == min && (minInclusive || !inner.minInclusive));
        boolean highOk = inner.max < max || (inner.max == max && (maxInclusive || !inner.maxInclusive));
        return lowOk && highOk;
    }
}
