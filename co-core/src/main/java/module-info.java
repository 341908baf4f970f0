/**
 * The career ownership domain: the C/O diagnostic's instruments and scoring, the four phases, the
 * immobile layer, the guide's catalog as values, measure matching, support paths and roadmaps, the
 * organisation structure, and explanations as data. Pure: no I/O, no clock, no other module.
 */
module org.careerownership.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires transitive com.fasterxml.jackson.annotation;
  // Immutables' generated classes carry its, Error Prone's and javax.annotation.processing's
  // annotations; nothing needs them at run time.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.careerownership.core;
  exports org.careerownership.core.catalog;
  exports org.careerownership.core.generation;
  exports org.careerownership.core.instrument;
  exports org.careerownership.core.org;
  exports org.careerownership.core.phase;
  exports org.careerownership.core.plan;
  exports org.careerownership.core.policy;
  exports org.careerownership.core.segment;

  // A host's Jackson 2 or 3 mapper reads results back through their annotated, package-private creators.
  opens org.careerownership.core;
  opens org.careerownership.core.catalog;
  opens org.careerownership.core.generation;
  opens org.careerownership.core.instrument;
  opens org.careerownership.core.org;
  opens org.careerownership.core.phase;
  opens org.careerownership.core.plan;
  opens org.careerownership.core.policy;
  opens org.careerownership.core.segment;
}
