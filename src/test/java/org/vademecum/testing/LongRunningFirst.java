package org.vademecum.testing;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The suite's class order (junit-platform.properties): classes marked {@link LongRunning} first, then the others,
 * each group by name. Classes run two at a time; a long class started last would leave one thread idle at the end.
 */
public final class LongRunningFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor d) -> !d.isAnnotated(LongRunning.class))
                .thenComparing(d -> d.getTestClass().getName()));
    }
}
