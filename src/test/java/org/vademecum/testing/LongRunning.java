package org.vademecum.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs for tens of seconds (a browser, child JVMs): {@link LongRunningFirst} starts these
 * first, so that the suite's two threads (junit-platform.properties) end at about the same time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LongRunning {}
