package org.vademecum.trees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.vademecum.model.tree.Interval;

/**
 * An interval of exact decimals, the runtime twin of {@link Interval} used to compare answers: a null bound is
 * unbounded on that side. Comparisons are exact ({@link BigDecimal#compareTo}), so that
 * {@code -2.00000000000000001} is below {@code -2} although both are the same {@code double}.
 */
public record NumRange(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
    public static final NumRange ALL = new NumRange(null, false, null, false);

    public NumRange {
        if (min == null) minInclusive = false;
        if (max == null) maxInclusive = false;
    }

    public static NumRange of(Interval i) {
        return new NumRange(i.min(), i.minInclusive(), i.max(), i.maxInclusive());
    }

    public boolean contains(BigDecimal v) {
        if (min != null) {
            int c = v.compareTo(min);
            if (minInclusive ? c < 0 : c <= 0) return false;
        }
        if (max != null) {
            int c = v.compareTo(max);
            return maxInclusive ? c <= 0 : c < 0;
        }
        return true;
    }

    public NumRange intersect(NumRange o) {
        BigDecimal lo = min;
        boolean loIn = minInclusive;
        if (o.min != null && (lo == null || o.min.compareTo(lo) > 0 || (o.min.compareTo(lo) == 0 && !o.minInclusive))) {
            lo = o.min;
            loIn = o.minInclusive;
        }
        BigDecimal hi = max;
        boolean hiIn = maxInclusive;
        if (o.max != null && (hi == null || o.max.compareTo(hi) < 0 || (o.max.compareTo(hi) == 0 && !o.maxInclusive))) {
            hi = o.max;
            hiIn = o.maxInclusive;
        }
        return new NumRange(lo, loIn, hi, hiIn);
    }

    public boolean isEmpty() {
        if (min == null || max == null) return false;
        int c = min.compareTo(max);
        return c > 0 || (c == 0 && !(minInclusive && maxInclusive));
    }

    /** The whole numbers of this interval, as a closed interval (possibly empty; unbounded sides stay unbounded). */
    public NumRange integers() {
        BigDecimal lo = min == null ? null : min.setScale(0, RoundingMode.CEILING);
        if (lo != null && lo.compareTo(min) == 0 && !minInclusive) lo = lo.add(BigDecimal.ONE);
        BigDecimal hi = max == null ? null : max.setScale(0, RoundingMode.FLOOR);
        if (hi != null && hi.compareTo(max) == 0 && !maxInclusive) hi = hi.subtract(BigDecimal.ONE);
        return new NumRange(lo, lo != null, hi, hi != null);
    }

    /** True when every number of {@code inner} is in this interval. */
    public boolean containsAll(NumRange inner) {
        if (inner.isEmpty()) return true;
        boolean lowOk = min == null || (inner.min != null && (inner.min.compareTo(min) > 0
                || (inner.min.compareTo(min) == 0 && (minInclusive || !inner.minInclusive))));
        boolean highOk = max == null || (inner.max != null && (inner.max.compareTo(max) < 0
                || (inner.max.compareTo(max) == 0 && (maxInclusive || !inner.maxInclusive))));
        return lowOk && highOk;
    }
}
