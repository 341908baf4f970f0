/**
 * The guide's catalog as data: the bundled catalog, a host's own catalog files and overlays, read and
 * validated with Jackson 3 (whose packages cannot clash with a host's Jackson 2).
 */
module org.careerownership.catalog {
  requires transitive org.careerownership.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports org.careerownership.catalog;
}
