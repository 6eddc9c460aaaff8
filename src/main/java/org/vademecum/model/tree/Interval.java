package org.vademecum.model.tree;

import java.math.BigDecimal;

/**
 * A set of numbers between two optional bounds, each included or not. A null bound means unbounded on that side.
 * Bounds keep the decimal text the author wrote ({@link BigDecimal}) and answers are compared with them exactly,
 * never through {@code double} (which cannot tell {@code -2} from {@code -2.00000000000000001}).
 */
public record Interval(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    public static final Interval ALL = new Interval(null, false, null, false);

    public Interval {
        if (min == null) minInclusive = false;
        if (max == null) maxInclusive = false;
    }

    public static Interval closed(BigDecimal min, BigDecimal max) {
        return new Interval(min, true, max, true);
    }

    /** True when {@code value} lies in this interval, compared exactly. */
    public boolean contains(BigDecimal value) {
        if (min != null) {
            int c = value.compareTo(min);
            if (minInclusive ? c < 0 : c <= 0) return false;
        }
        if (max != null) {
            int c = value.compareTo(max);
            if (maxInclusive ? c > 0 : c >= 0) return false;
        }
        return true;
    }

    /** The part of this interval that is also in {@code other}. */
    public Interval intersect(Interval other) {
        BigDecimal lo = min;
        boolean loIn = minInclusive;
        if (other.min != null && (lo == null || other.min.compareTo(lo) > 0
                || (other.min.compareTo(lo) == 0 && !other.minInclusive))) {
            lo = other.min;
            loIn = other.minInclusive;
        }
        BigDecimal hi = max;
        boolean hiIn = maxInclusive;
        if (other.max != null && (hi == null || other.max.compareTo(hi) < 0
                || (other.max.compareTo(hi) == 0 && !other.maxInclusive))) {
            hi = other.max;
            hiIn = other.maxInclusive;
        }
        return new Interval(lo, loIn, hi, hiIn);
    }

    /** True when no real number is in the interval. */
    public boolean isEmpty() {
        if (min == null || max == null) return false;
        int c = min.compareTo(max);
        return c > 0 || (c == 0 && !(minInclusive && maxInclusive));
    }

    /** True when no whole number is in the interval. */
    public boolean isEmptyOfIntegers() {
        return isEmpty() || integerView().isEmpty();
    }

    /** True when every number of {@code inner} is in this interval (an empty {@code inner} always is). */
    public boolean containsAll(Interval inner) {
        if (inner.isEmpty()) return true;
        boolean lowOk = min == null || (inner.min != null && (inner.min.compareTo(min) > 0
                || (inner.min.compareTo(min) == 0 && (minInclusive || !inner.minInclusive))));
        boolean highOk = max == null || (inner.max != null && (inner.max.compareTo(max) < 0
                || (inner.max.compareTo(max) == 0 && (maxInclusive || !inner.maxInclusive))));
        return lowOk && highOk;
    }

    /** The same set, written with the smallest closed whole-number bounds (for integer variables). */
    public Interval integerView() {
        BigDecimal lo = min;
        if (lo != null) {
            BigDecimal c = lo.setScale(0, java.math.RoundingMode.CEILING);
            if (c.compareTo(lo) == 0 && !minInclusive) c = c.add(BigDecimal.ONE);
            lo = c;
        }
        BigDecimal hi = max;
        if (hi != null) {
            BigDecimal f = hi.setScale(0, java.math.RoundingMode.FLOOR);
            if (f.compareTo(hi) == 0 && !maxInclusive) f = f.subtract(BigDecimal.ONE);
            hi = f;
        }
        return new Interval(lo, lo != null, hi, hi != null);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Interval i)) return false;
        return sameBound(min, i.min) && minInclusive == i.minInclusive && sameBound(max, i.max)
                && maxInclusive == i.maxInclusive;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(min == null ? null : min.stripTrailingZeros(), minInclusive,
                max == null ? null : max.stripTrailingZeros(), maxInclusive);
    }

    private static boolean sameBound(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The interval written with the variable's name, e.g. {@code -3 < t_score <= -2}. */
    public String format(String name) {
        if (min != null && max != null && min.compareTo(max) == 0 && minInclusive && maxInclusive) {
            return name + " = " + min.toPlainString();
        }
        StringBuilder s = new StringBuilder();
        if (min != null && max != null) {
            s.append(min.toPlainString()).append(minInclusive ? " <= " : " < ").append(name)
                    .append(maxInclusive ? " <= " : " < ").append(max.toPlainString());
        } else if (min != null) {
            s.append(name).append(minInclusive ? " >= " : " > ").append(min.toPlainString());
        } else if (max != null) {
            s.append(name).append(maxInclusive ? " <= " : " < ").append(max.toPlainString());
        } else {
            s.append("any ").append(name);
        }
        return s.toString();
    }
}
