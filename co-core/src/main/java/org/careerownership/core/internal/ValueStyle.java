package org.careerownership.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the module's value types: the generated implementation is package-private
 * and hidden behind the abstract type, which exposes a public nested {@code Builder}; singular
 * {@code addX} methods for collection attributes; no copy methods unless a type declares them.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
